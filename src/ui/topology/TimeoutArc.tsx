import { arc } from 'd3-shape';
import { ARC_STEPS } from '../../store/index.ts';
import { staleColor } from '../theme.ts';

// A ring around a node that empties as its failure detector's timeout approaches: the raftscope
// election-timer arc, for ZooKeeper's read timeouts.

interface Props {
  radius: number;
  width: number;
  /** Time left in ARC_STEPS steps of the timeout; null draws nothing. */
  steps: number | null;
}

const arcPath = arc();

export function TimeoutArc({ radius, width, steps }: Props) {
  if (steps === null) return null;
  const fraction = steps / ARC_STEPS;
  const inner = radius + 2;
  const outer = radius + 2 + width;
  const d = arcPath({ innerRadius: inner, outerRadius: outer, startAngle: 0, endAngle: 2 * Math.PI * fraction }) ?? '';
  return (
    <g className="timeout-arc" aria-hidden="true">
      <circle r={(inner + outer) / 2} fill="none" stroke="#e3e6ea" strokeWidth={width} />
      <path d={d} fill={staleColor(1 - fraction)} />
    </g>
  );
}
