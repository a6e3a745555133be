import type { ServerId } from '../../driver/index.ts';
import { stateWord, type NodeState } from '../../store/index.ts';
import { stateStyles } from '../theme.ts';
import type { TopologyLayout } from './layout.ts';

interface CaptionProps {
  layoutDetail: TopologyLayout['detail'];
  r: number;
  state: NodeState;
  epoch: number;
  zxid: string;
  vote: ServerId | null;
  outwardAt: { x: number; y: number };
  origin: { x: number; y: number };
}

/** Words beside the node: two lines below it on a small ring, a short epoch tag on a larger one. */
export function NodeCaption({ layoutDetail, r, state, epoch, zxid, vote, outwardAt, origin }: CaptionProps) {
  if (layoutDetail === 'minimal') return null;
  if (layoutDetail === 'compact') {
    return (
      <text className="node-tag" x={outwardAt.x - origin.x} y={outwardAt.y - origin.y} textAnchor="middle" dominantBaseline="central">
        {`e${epoch}`}
      </text>
    );
  }
  const word = stateWord(state).toUpperCase();
  return (
    <g className="node-caption">
      <text y={r + 22} textAnchor="middle" className="node-role" fill={stateStyles[state].label}>
        {vote !== null ? `${word} · votes ${vote}` : word}
      </text>
      <text y={r + 43} textAnchor="middle" className="node-meta">
        {`epoch ${epoch} · ${zxid}`}
      </text>
    </g>
  );
}
