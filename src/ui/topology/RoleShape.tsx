import { memo } from 'react';
import type { NodeState } from '../../store/index.ts';
import { stateStyles } from '../theme.ts';

// The node's body. Each state has its own outline, not only its own colour: a double ring for the
// leader, a dashed ring while looking, a square for observers, a cross when down, bars when paused, a question mark when a real server stops answering.

interface Props {
  state: NodeState;
  r: number;
}

export const RoleShape = memo(function RoleShape({ state, r }: Props) {
  const style = stateStyles[state];
  const stroke = Math.max(2, r * 0.08);
  switch (state) {
    case 'leading':
      return (
        <g>
          <circle r={r} fill={style.fill} stroke={style.stroke} strokeWidth={stroke} />
          <circle r={r - stroke * 2} fill="none" stroke={style.stroke} strokeWidth={stroke * 0.6} />
        </g>
      );
    case 'looking':
      return <circle r={r} fill={style.fill} stroke={style.stroke} strokeWidth={stroke * 1.3} strokeDasharray={`${r * 0.32} ${r * 0.2}`} />;
    case 'observing':
      return <rect x={-r} y={-r} width={2 * r} height={2 * r} rx={r * 0.25} fill={style.fill} stroke={style.stroke} strokeWidth={stroke} />;
    case 'down': {
      const k = r * 0.62;
      return (
        <g>
          <circle r={r} fill={style.fill} stroke={style.stroke} strokeWidth={stroke} strokeDasharray={`${r * 0.12} ${r * 0.12}`} />
          <path d={`M${-k},${-k}L${k},${k}M${k},${-k}L${-k},${k}`} stroke="#9aa1ab" strokeWidth={r * 0.14} strokeLinecap="round" />
        </g>
      );
    }
    case 'paused': {
      const w = r * 0.16;
      return (
        <g>
          <circle r={r} fill={style.fill} stroke={style.stroke} strokeWidth={stroke} />
          <rect x={-r * 0.62 - w / 2} y={-r * 0.45} width={w} height={r * 0.9} rx={w / 3} fill={style.stroke} opacity={0.55} />
          <rect x={r * 0.62 - w / 2} y={-r * 0.45} width={w} height={r * 0.9} rx={w / 3} fill={style.stroke} opacity={0.55} />
        </g>
      );
    }
    case 'unresponsive':
      // A running process whose polls time out: a dotted ring and a question mark, not the pause bars.
      return (
        <g>
          <circle r={r} fill={style.fill} stroke={style.stroke} strokeWidth={stroke} strokeDasharray={`${r * 0.05} ${r * 0.18}`} strokeLinecap="round" />
          <text textAnchor="middle" dominantBaseline="central" fontSize={r * 1.1} fontWeight={700} fill={style.stroke}>?</text>
        </g>
      );
    default:
      return <circle r={r} fill={style.fill} stroke={style.stroke} strokeWidth={stroke} />;
  }
});
