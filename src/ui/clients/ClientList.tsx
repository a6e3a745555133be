import { useAppStoreShallow } from '../../store/hooks.ts';
import { ClientCard } from './ClientCard.tsx';
import { shown } from '../../store/shown.ts';

// Every client, newest first.

export function ClientList() {
  const names = useAppStoreShallow((s) => shown(s).snapshot?.clients.map((c) => c.name).reverse() ?? []);
  return (
    <section className="panel clients-panel" aria-labelledby="clients-title">
      <h2 id="clients-title">
        Sessions <span className="panel-note">{names.length === 0 ? 'none yet' : `${names.length} client${names.length === 1 ? '' : 's'}, newest first`}</span>
      </h2>
      <ul className="client-list">
        {names.map((name) => (
          <ClientCard key={name} name={name} />
        ))}
      </ul>
    </section>
  );
}
