import { useAppStore } from '../../store/hooks.ts';
import { heartbeatCell, selectDetailId } from '../../store/index.ts';
import { HeartbeatStrip, type HeartbeatPair } from './HeartbeatStrip.tsx';
import { shown } from '../../store/shown.ts';

// The heartbeat matrix of a large cluster, cut down to the focused server: whom it hears (its row)
// and who hears it (its column), stalest first, so the pairs about to time out are on top.

export function HeartbeatFocus() {
  const focus = useAppStore(selectDetailId);
  const nodeById = useAppStore((s) => shown(s).nodeById);
  const ids = useAppStore((s) => shown(s).nodeIds);
  if (focus === null) return null;
  const row: HeartbeatPair[] = [];
  const column: HeartbeatPair[] = [];
  for (const other of ids) {
    if (other === focus) continue;
    const heard = heartbeatCell(nodeById.get(focus), other);
    if (heard) row.push({ observer: focus, peer: other, cell: heard });
    const hearing = heartbeatCell(nodeById.get(other), focus);
    if (hearing) column.push({ observer: other, peer: focus, cell: hearing });
  }
  return (
    <div className="hb-focus">
      <HeartbeatStrip title={`Server ${focus} hears`} pairs={row} labelOf={(p) => p.peer} />
      <HeartbeatStrip title={`Who hears server ${focus}`} pairs={column} labelOf={(p) => p.observer} />
    </div>
  );
}
