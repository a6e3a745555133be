import { useAppStoreShallow } from '../../store/hooks.ts';
import { ClientCard } from './ClientCard.tsx';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// Every client, newest first.

export function ClientList() {
  const t = useT();
  const names = useAppStoreShallow((s) => shown(s).snapshot?.clients.map((c) => c.name).reverse() ?? []);
  return (
    <section className="panel clients-panel" aria-labelledby="clients-title">
      <h2 id="clients-title">
        {t('clients.list.title')} <span className="panel-note">{names.length === 0 ? t('clients.list.none') : t('clients.list.count', { count: names.length })}</span>
      </h2>
      <ul className="client-list">
        {names.map((name) => (
          <ClientCard key={name} name={name} />
        ))}
      </ul>
    </section>
  );
}
