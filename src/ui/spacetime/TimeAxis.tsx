import { scaleLinear } from 'd3-scale';
import { AXIS_HEIGHT_PX, type Geometry } from './geometry.ts';

// Simulated time along the top, with grid lines down through the lanes.

interface Props {
  g: Geometry;
  startMs: number;
  endMs: number;
}

/** As many decimals as the step between ticks needs: "12 s", "12.4 s", "12.42 s", "12.425 s". */
function tickWord(ms: number, stepMs: number): string {
  const decimals = stepMs >= 1000 ? 0 : stepMs >= 100 ? 1 : stepMs >= 10 ? 2 : 3;
  return `${(ms / 1000).toFixed(decimals)} s`;
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
