import type { NodeSnapshot } from '../../driver/index.ts';
import { useNowMs } from '../../store/hooks.ts';
import { formatAge, formatMs } from '../format.ts';
import { staleColor } from '../theme.ts';
import { useT } from '../i18n/useT.ts';

// The selected server's failure-detector watches as bars: how much of each timeout is used up.

const MAX_BARS = 6;

interface Props {
  node: NodeSnapshot;
}

export function WatchBars({ node }: Props) {
  const nowMs = useNowMs();
  const t = useT();
  if (node.watches.length === 0) {
    return <p className="watch-empty">{t(node.status === 'down' ? 'watch.down' : node.role === 'looking' ? 'watch.looking' : 'watch.none')}</p>;
  }
  const rows = node.watches
    .map((w) => ({ ...w, ageMs: Math.max(0, nowMs - w.lastHeardMs) }))
    .sort((a, b) => b.ageMs / b.timeoutMs - a.ageMs / a.timeoutMs);
  // The stalest few, listed by server: rows that swapped places whenever two ages crossed made
  // the page rebuild them several times a second, and made them hard to follow.
  const shown = rows.slice(0, MAX_BARS).sort((a, b) => a.peer - b.peer);
  return (
    <ul className="watch-bars" aria-label={t('watch.label', { id: node.id })}>
      {shown.map((w) => {
        const used = Math.min(1, w.ageMs / w.timeoutMs);
        return (
          <li key={w.peer} className={w.suspected ? 'suspected' : ''}>
            <span className="watch-peer">{t(w.peer === node.leader && node.role !== 'leading' ? 'watch.leader' : 'watch.server', { id: w.peer })}</span>
            <span className="watch-track" role="meter" aria-valuemin={0} aria-valuemax={w.timeoutMs} aria-valuenow={Math.round(w.ageMs)} aria-label={t('watch.meter', { age: formatMs(w.ageMs), timeout: formatMs(w.timeoutMs) })}>
              <span className="watch-fill" style={{ width: `${used * 100}%`, background: staleColor(used) }} />
            </span>
            <span className="watch-text">
              {w.suspected ? '! ' : ''}
              {formatAge(w.ageMs)} / {formatAge(w.timeoutMs)}
            </span>
          </li>
        );
      })}
      {rows.length > shown.length && <li className="panel-note">{t('panels.fresher', { count: rows.length - shown.length })}</li>}
    </ul>
  );
}
