import { memo } from 'react';
import type { ServerId } from '../../driver/index.ts';
import type { NodeState } from '../../store/index.ts';
import { stateName } from '../format.ts';
import { useT } from '../i18n/useT.ts';
import { stateStyles } from '../theme.ts';
import type { TopologyLayout } from './layout.ts';

interface CaptionProps {
  layoutDetail: TopologyLayout['detail'];
  r: number;
  state: NodeState;
  epoch: number;
  zxid: string;
  vote: ServerId | null;
  deposed: boolean;
  /** A LOOKING server's next poll in tenths of a second, or null. */
  pollTenths: number | null;
  pollDeciding: boolean;
  outwardAt: { x: number; y: number };
  origin: { x: number; y: number };
}

/** Words beside the node: two lines below it on a small ring, a short epoch tag on a larger one. */
export const NodeCaption = memo(function NodeCaption({ layoutDetail, r, state, epoch, zxid, vote, deposed, pollTenths, pollDeciding, outwardAt, origin }: CaptionProps) {
  const t = useT();
  if (layoutDetail === 'minimal') return null;
  if (layoutDetail === 'compact') {
    return (
      <text className="node-tag" x={outwardAt.x - origin.x} y={outwardAt.y - origin.y} textAnchor="middle" dominantBaseline="central">
        {`e${epoch}`}
      </text>
    );
  }
  const word = deposed ? t('caption.stale') : stateName(t, state).toUpperCase();
  const poll = pollTenths === null ? null : t(pollDeciding ? 'caption.decides' : 'caption.nextRound', { seconds: (pollTenths / 10).toFixed(1) });
  return (
    <g className="node-caption">
      <text y={r + 22} textAnchor="middle" className="node-role" fill={stateStyles[state].label}>
        {vote !== null ? t('caption.votes', { word, vote }) : word}
      </text>
      <text y={r + 43} textAnchor="middle" className="node-meta">
        {t('caption.meta', { epoch, zxid })}
      </text>
      {deposed && (
        <text y={r + 63} textAnchor="middle" className="node-stale">
          {t('caption.staleNote', { epoch })}
        </text>
      )}
      {poll !== null && (
        <text y={r + 63} textAnchor="middle" className="node-meta" data-testid="election-countdown">
          {poll}
        </text>
      )}
    </g>
  );
});
