import { useAppStore, useClockedSelector } from '../../store/hooks.ts';
import { heartbeatCell, selectDetailId } from '../../store/index.ts';
import { HeartbeatStrip, type HeartbeatPair } from './HeartbeatStrip.tsx';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The heartbeat matrix of a large cluster, cut down to the focused server: whom it hears (its row)
// and who hears it (its column), stalest first, so the pairs about to time out are on top. Its cells
// show colour only, so it redraws every FOCUS_STEP_MS of simulated time, not every frame.

const FOCUS_STEP_MS = 100;

export function HeartbeatFocus() {
  const focus = useAppStore(selectDetailId);
  const t = useT();
  const nodeById = useAppStore((s) => shown(s).nodeById);
  const ids = useAppStore((s) => shown(s).nodeIds);
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
      <HeartbeatStrip title={t('hb.hears', { id: focus })} pairs={row} labelOf={(p) => p.peer} />
      <HeartbeatStrip title={t('hb.heardBy', { id: focus })} pairs={column} labelOf={(p) => p.observer} />
    </div>
  );
}
