import { useAppStore } from '../../store/hooks.ts';
import { ServerTree } from './ServerTree.tsx';
import { shown } from '../../store/shown.ts';

// Every server's data tree, one row each, compared with the leader's: the replication lesson is
// that followers catch up a little later, and a server cut off stays behind.

export function TreeList() {
  const ids = useAppStore((s) => shown(s).nodeIds);
  const leader = useAppStore((s) => shown(s).leader?.id ?? null);
  return (
    <section className="panel trees-panel" aria-labelledby="trees-title">
      <h2 id="trees-title">
        Data on each server <span className="panel-note">{leader === null ? 'no leader to compare with' : `compared with leader ${leader}`}</span>
      </h2>
      <ul className="tree-list">
        {ids.map((id) => (
          <ServerTree key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}
