import { format } from 'd3-format';
import type { ScaleLinear } from 'd3-scale';

// The value axis, in seconds, with light grid lines across the plot (d3's ticks, React's SVG).

const seconds = format('~g');

interface Props {
  scale: ScaleLinear<number, number>;
  left: number;
  right: number;
}

export function ChartAxis({ scale, left, right }: Props) {
  const ticks = scale.ticks(4);
  return (
    <g className="chart-axis">
      {ticks.map((t) => (
        <g key={t} transform={`translate(0, ${scale(t)})`}>
          <line className="grid-line" x1={left} x2={right} />
          <text className="tick-label" x={left - 8} dy="0.35em" textAnchor="end">
            {`${seconds(t / 1000)} s`}
          </text>
        </g>
      ))}
      <line className="axis-line" x1={left} x2={left} y1={scale.range()[0]} y2={scale.range()[1]} />
    </g>
  );
}
