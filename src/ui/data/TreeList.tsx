import { useAppStore } from '../../store/hooks.ts';
import { ServerTree } from './ServerTree.tsx';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// Every server's data tree, one row each, compared with the leader's: the replication lesson is
// that followers catch up a little later, and a server cut off stays behind.

export function TreeList() {
  const t = useT();
  const ids = useAppStore((s) => shown(s).nodeIds);
  const leader = useAppStore((s) => shown(s).leader?.id ?? null);
  return (
    <section className="panel trees-panel" aria-labelledby="trees-title">
      <h2 id="trees-title">
        {t('data.trees.title')} <span className="panel-note">{leader === null ? t('data.trees.noLeader') : t('data.trees.comparedWith', { leader })}</span>
      </h2>
      <ul className="tree-list">
        {ids.map((id) => (
          <ServerTree key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}
