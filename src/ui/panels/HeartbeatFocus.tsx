import { useAppStore, useClockedSelector } from '../../store/hooks.ts';
import { heartbeatCell, selectDetailId } from '../../store/index.ts';
import { HeartbeatStrip, type HeartbeatPair } from './HeartbeatStrip.tsx';

// The heartbeat matrix of a large cluster, cut down to the focused server: whom it hears (its row)
// and who hears it (its column), stalest first, so the pairs about to time out are on top. Its cells
// show colour only, so it redraws every FOCUS_STEP_MS of simulated time, not every frame.

const FOCUS_STEP_MS = 100;

export function HeartbeatFocus() {
  const focus = useAppStore(selectDetailId);
  const nodeById = useAppStore((s) => s.nodeById);
  const ids = useAppStore((s) => s.nodeIds);
  const nowMs = useClockedSelector((_, now) => Math.floor(now / FOCUS_STEP_MS) * FOCUS_STEP_MS);
  if (focus === null) return null;
  const row: HeartbeatPair[] = [];
  const column: HeartbeatPair[] = [];
  for (const other of ids) {
    if (other === focus) continue;
    const heard = heartbeatCell(nodeById.get(focus), other, nowMs);
    if (heard) row.push({ observer: focus, peer: other, cell: heard });
    const hearing = heartbeatCell(nodeById.get(other), focus, nowMs);
    if (hearing) column.push({ observer: other, peer: focus, cell: hearing });
  }
  return (
    <div className="hb-focus">
      <HeartbeatStrip title={`Server ${focus} hears`} pairs={row} labelOf={(p) => p.peer} />
      <HeartbeatStrip title={`Who hears server ${focus}`} pairs={column} labelOf={(p) => p.observer} />
    </div>
  );
}
