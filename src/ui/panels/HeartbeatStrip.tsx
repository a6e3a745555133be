import type { ServerId } from '../../driver/index.ts';
import type { HeartbeatCell as Cell } from '../../store/index.ts';
import { HeartbeatCell } from './HeartbeatCell.tsx';
import { useT } from '../i18n/useT.ts';

// A row or column of the heartbeat matrix as a wrapping strip of small cells, stalest first.

const MAX_CELLS = 36;

export interface HeartbeatPair {
  observer: ServerId;
  peer: ServerId;
  cell: Cell;
}

interface Props {
  title: string;
  pairs: HeartbeatPair[];
  labelOf: (p: HeartbeatPair) => ServerId;
}

export function HeartbeatStrip({ title, pairs, labelOf }: Props) {
  const t = useT();
  const sorted = [...pairs].sort((a, b) => b.cell.ageMs / b.cell.timeoutMs - a.cell.ageMs / a.cell.timeoutMs);
  const shown = sorted.slice(0, MAX_CELLS);
  return (
    <div className="hb-strip">
      <div className="hb-strip-title">
        {title} {pairs.length === 0 ? <em>{t('hb.nobody')}</em> : <span className="panel-note">{t('hb.stalestFirst', { count: pairs.length })}</span>}
      </div>
      <div className="hb-strip-cells">
        {/* Keyed by rank: the stalest pairs of another moment (a scrub) or a later frame are other
            pairs in the same places, so the cells are updated rather than removed and created. */}
        {shown.map((p, rank) => (
          <div key={rank} className="hb-strip-item">
            <span className="hb-strip-id">{labelOf(p)}</span>
            <HeartbeatCell as="div" observer={p.observer} peer={p.peer} cell={p.cell} text="none" />
          </div>
        ))}
        {sorted.length > shown.length && <span className="panel-note">{t('panels.fresher', { count: sorted.length - shown.length })}</span>}
      </div>
    </div>
  );
}
