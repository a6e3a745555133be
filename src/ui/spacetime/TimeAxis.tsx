import { scaleLinear } from 'd3-scale';
import { AXIS_HEIGHT_PX, type Geometry } from './geometry.ts';

// Simulated time along the top, with grid lines down through the lanes.

interface Props {
  g: Geometry;
  startMs: number;
  endMs: number;
}

function tickWord(ms: number, stepMs: number): string {
  const s = ms / 1000;
  return stepMs < 1000 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

export function TimeAxis({ g, startMs, endMs }: Props) {
  const ticks = scaleLinear().domain([startMs, endMs]).ticks(Math.max(2, Math.floor(g.plotWidth / 110)));
  const stepMs = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1000;
  return (
    <g className="st-axis" aria-hidden="true">
      <rect className="st-axis-bg" x={0} y={0} width={g.plotWidth} height={AXIS_HEIGHT_PX} />
      {ticks.map((ms) => {
        const x = g.x(ms);
        return (
          <g key={ms}>
            <line className="st-grid" x1={x} x2={x} y1={AXIS_HEIGHT_PX - 6} y2={g.height} />
            <text className="st-tick" x={x + 4} y={AXIS_HEIGHT_PX - 10}>
              {tickWord(ms, stepMs)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
