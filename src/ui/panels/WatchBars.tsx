import type { NodeSnapshot } from '../../driver/index.ts';
import { useNowMs } from '../../store/hooks.ts';
import { formatAge, formatMs } from '../format.ts';
import { staleColor } from '../theme.ts';

// The selected server's failure-detector watches as bars: how much of each timeout is used up.

const MAX_BARS = 6;

interface Props {
  node: NodeSnapshot;
}

export function WatchBars({ node }: Props) {
  const nowMs = useNowMs();
  if (node.watches.length === 0) {
    return <p className="watch-empty">{node.status === 'down' ? 'Down: it watches nobody.' : node.role === 'looking' ? 'Looking: no leader to watch during an election.' : 'It watches nobody right now.'}</p>;
  }
  const rows = node.watches
    .map((w) => ({ ...w, ageMs: Math.max(0, nowMs - w.lastHeardMs) }))
    .sort((a, b) => b.ageMs / b.timeoutMs - a.ageMs / a.timeoutMs);
  const shown = rows.slice(0, MAX_BARS);
  return (
    <ul className="watch-bars" aria-label={`What server ${node.id} watches`}>
      {shown.map((w) => {
        const used = Math.min(1, w.ageMs / w.timeoutMs);
        return (
          <li key={w.peer} className={w.suspected ? 'suspected' : ''}>
            <span className="watch-peer">{w.peer === node.leader && node.role !== 'leading' ? `leader ${w.peer}` : `server ${w.peer}`}</span>
            <span className="watch-track" role="meter" aria-valuemin={0} aria-valuemax={w.timeoutMs} aria-valuenow={Math.round(w.ageMs)} aria-label={`silent for ${formatMs(w.ageMs)} of ${formatMs(w.timeoutMs)}`}>
              <span className="watch-fill" style={{ width: `${used * 100}%`, background: staleColor(used) }} />
            </span>
            <span className="watch-text">
              {w.suspected ? '! ' : ''}
              {formatAge(w.ageMs)} / {formatAge(w.timeoutMs)}
            </span>
          </li>
        );
      })}
      {rows.length > shown.length && <li className="panel-note">+{rows.length - shown.length} fresher</li>}
    </ul>
  );
}
