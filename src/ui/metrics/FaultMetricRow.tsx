import { memo } from 'react';
import { detectedMs, electionMs, recoveredMs, type FaultMetric } from '../../driver/index.ts';
import { narrateBound, narrateFailure } from '../../narrate/index.ts';
import { useAppStoreApi } from '../../store/hooks.ts';
import { formatClock } from '../format.ts';
import { shortDuration } from './measures.ts';

// One fault's numbers, in words a class can read: when, what, who noticed after how long (and the
// bound), the election, how long service stopped, and the syncs. Pointing at it lights up its servers.

interface Props {
  metric: FaultMetric;
}

function syncText(f: FaultMetric): string | null {
  if (f.syncs.length === 0) return null;
  const counts = new Map<string, number>();
  for (const s of f.syncs) counts.set(s.mode, (counts.get(s.mode) ?? 0) + 1);
  return [...counts].map(([mode, n]) => `${mode.toUpperCase()} ×${n}`).join(', ');
}

function detectionText(f: FaultMetric): string {
  const d = detectedMs(f);
  if (d !== null) return `noticed after ${shortDuration(d)} by server ${f.detection!.by}`;
  return f.undetectedHealed ? 'nobody noticed: over before any timeout' : 'not noticed yet';
}

function recoveryText(f: FaultMetric): string {
  const r = recoveredMs(f);
  if (f.action === 'heal') return r === null ? 'not every server back yet' : `every server back after ${shortDuration(r)}`;
  if (r === null) return 'no leader with a synced quorum yet';
  if (r === 0) return 'service never stopped';
  return `serving again after ${shortDuration(r)} (leader ${f.recovered!.leader}, epoch ${f.recovered!.epoch})`;
}

export const FaultMetricRow = memo(function FaultMetricRow({ metric: f }: Props) {
  const store = useAppStoreApi();
  const d = detectedMs(f);
  const r = recoveredMs(f);
  const e = f.election;
  const took = electionMs(f);
  const sync = syncText(f);
  const late = d !== null && d > f.detectionBound.hiMs;
  const on = () => store.getState().highlight(f.servers);
  const off = () => store.getState().highlight([]);
  return (
    <li
      className="fault-metric"
      data-testid="fault-metric"
      data-index={f.index}
      data-action={f.action}
      data-node={f.node ?? ''}
      data-at-ms={f.atMs}
      data-detected-ms={d ?? ''}
      data-recovered-ms={r ?? ''}
      data-bound-lo-ms={f.detectionBound.loMs}
      data-bound-hi-ms={f.detectionBound.hiMs}
      onMouseEnter={on}
      onMouseLeave={off}
    >
      <div className="fault-metric-head">
        <span className="fault-metric-time">{formatClock(f.atMs)}</span>
        <span className="fault-metric-what">{narrateFailure(f)}</span>
      </div>
      <div className={`fault-metric-line${late ? ' is-late' : ''}`}>
        {detectionText(f)} <span className="fault-metric-bound">(bound {narrateBound(f.detectionBound)})</span>
      </div>
      {e && <div className="fault-metric-line">{e.leader !== null && took !== null ? `server ${e.leader} elected${e.epoch === null ? '' : ` in epoch ${e.epoch}`} after ${e.rounds} round${e.rounds === 1 ? '' : 's'}, ${shortDuration(took)} of voting` : `electing: ${e.rounds} round${e.rounds === 1 ? '' : 's'} so far`}</div>}
      <div className="fault-metric-line">
        {recoveryText(f)}
        {sync && <span className="fault-metric-sync"> · sync {sync}</span>}
      </div>
    </li>
  );
});
