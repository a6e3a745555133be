import type { ScaleLogarithmic } from 'd3-scale';

// The value axis, one tick per power of ten (1 ms … 100 s), with light grid lines across the plot.

/** "1 ms", "100 ms", "1 s", "10 s". */
function tickText(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${ms / 1000} s`;
}

interface Props {
  scale: ScaleLogarithmic<number, number>;
  left: number;
  right: number;
}

export function ChartAxis({ scale, left, right }: Props) {
  const [lo, hi] = scale.domain() as [number, number];
  const ticks: number[] = [];
  for (let t = lo; t <= hi * 1.0001; t *= 10) ticks.push(Math.round(t));
  return (
    <g className="chart-axis">
      {ticks.map((t) => (
        <g key={t} transform={`translate(0, ${scale(t)})`}>
          <line className="grid-line" x1={left} x2={right} />
          <text className="tick-label" x={left - 8} dy="0.35em" textAnchor="end">
            {tickText(t)}
          </text>
        </g>
      ))}
      <line className="axis-line" x1={left} x2={left} y1={scale.range()[0]} y2={scale.range()[1]} />
    </g>
  );
}
