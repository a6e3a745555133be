import { ARC_STEPS } from '../../store/index.ts';
import { staleColor } from '../theme.ts';

// A ring around a node that empties as its failure detector's timeout approaches: the raftscope
// election-timer arc, for ZooKeeper's read timeouts. Drawn as a dashed circle stroke (pathLength 1,
// so the dash is the share left), starting at 12 o'clock and running clockwise: no path maths, and
// no d3-shape in the first load.

interface Props {
  radius: number;
  width: number;
  /** Time left in ARC_STEPS steps of the timeout; null draws nothing. */
  steps: number | null;
}

export function TimeoutArc({ radius, width, steps }: Props) {
  if (steps === null) return null;
  const fraction = steps / ARC_STEPS;
  const middle = radius + 2 + width / 2;
  return (
    <g className="timeout-arc" aria-hidden="true">
      <circle r={middle} fill="none" stroke="#e3e6ea" strokeWidth={width} />
      {fraction > 0 && (
        <circle
          r={middle}
          fill="none"
          strokeWidth={width}
          pathLength={1}
          strokeDasharray={`${fraction} 1`}
          transform="rotate(-90)"
          data-share-left={fraction}
          style={{ stroke: staleColor(1 - fraction) }}
        />
      )}
    </g>
  );
}
