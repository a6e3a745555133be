import { memo, useRef } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useArcPaint } from './useArcPaint.ts';

// A ring around a node that empties as its failure detector's timeout approaches: the raftscope
// election-timer arc, for ZooKeeper's read timeouts. Drawn as a dashed circle stroke (pathLength 1,
// so the dash is the share left), starting at 12 o'clock and running clockwise: no path maths, and
// no d3-shape in the first load. React draws the ring once; its share left is painted by
// useArcPaint, as the clock moves and as the scrubber jumps.

interface Props {
  id: ServerId;
  radius: number;
  width: number;
}

export const TimeoutArc = memo(function TimeoutArc({ id, radius, width }: Props) {
  const left = useRef<SVGCircleElement>(null);
  useArcPaint(left, id);
  const middle = radius + 2 + width / 2;
  return (
    <g className="timeout-arc" aria-hidden="true">
      <circle r={middle} fill="none" stroke="#e3e6ea" strokeWidth={width} />
      <circle ref={left} className="timeout-left" r={middle} fill="none" strokeWidth={width} pathLength={1} transform="rotate(-90)" />
    </g>
  );
});
