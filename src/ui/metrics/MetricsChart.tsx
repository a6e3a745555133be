import { scaleBand, scaleLog } from 'd3-scale';
import type { FaultMetric } from '../../driver/index.ts';
import { formatClock } from '../format.ts';
import { ChartAxis } from './ChartAxis.tsx';
import { MEASURE_TITLES, faultLabel, measure, shortDuration, verdict, type Measure } from './measures.ts';
import { useT } from '../i18n/useT.ts';

// One plot over the session: a bar per fault (in order, labelled with its time and what it was),
// each over the band its bound allows, so "inside the band" reads from across a lecture hall.
// The value axis is logarithmic: a kill is noticed in milliseconds, a crash in seconds, and both
// must be seen. d3 does the scales; React draws the SVG.

const WIDTH = 500;
const HEIGHT = 220;
/** The axis starts at 1 ms: a log scale has no zero. */
const FLOOR_MS = 1;
const MARGIN = { top: 30, right: 12, bottom: 56, left: 74 };

interface Props {
  measure: Measure;
  faults: readonly FaultMetric[];
  nowMs: number;
}

export function MetricsChart({ measure: which, faults, nowMs }: Props) {
  const t = useT();
  const title = t(MEASURE_TITLES[which]);
  const rows = faults.map((f) => ({ f, m: measure(f, which, nowMs) }));
  const top = Math.max(10_000, ...rows.map(({ m }) => Math.max(m.valueMs, m.bound.hiMs)));
  const x = scaleBand<number>()
    .domain(faults.map((f) => f.index))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const y = scaleLog()
    .domain([FLOOR_MS, top])
    .nice()
    .clamp(true)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const base = y(FLOOR_MS);
  const slot = x.step();
  const bar = Math.min(x.bandwidth(), 64);
  return (
    <figure className={`metrics-chart metrics-chart-${which}`} data-testid={`metrics-chart-${which}`}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        <ChartAxis scale={y} left={MARGIN.left} right={WIDTH - MARGIN.right} />
        {rows.map(({ f, m }) => {
          const cx = x(f.index)! + x.bandwidth() / 2;
          const state = verdict(m);
          const bandTop = y(m.bound.hiMs);
          const bandBottom = y(Math.max(FLOOR_MS, m.bound.loMs));
          const valueY = y(Math.max(FLOOR_MS, m.valueMs));
          return (
            <g key={f.index} className={`metric-bar is-${state}`} data-index={f.index}>
              <rect className="bound-band" x={cx - slot / 2 + 2} width={slot - 4} y={bandTop} height={Math.max(3, bandBottom - bandTop)} />
              {which === 'detection' && <line className="bound-line" x1={cx - slot / 2 + 2} x2={cx + slot / 2 - 2} y1={y(Math.max(FLOOR_MS, m.bound.ms))} y2={y(Math.max(FLOOR_MS, m.bound.ms))} />}
              {!m.none && <rect className="value-bar" x={cx - bar / 2} width={bar} y={valueY} height={Math.max(2, base - valueY)} />}
              <text className="value-label" x={cx} y={Math.min(valueY, bandTop) - 8} textAnchor="middle">
                {m.none ? (which === 'recovery' ? t('metrics.kept') : '—') : `${m.pending ? '…' : ''}${shortDuration(m.valueMs)}`}
              </text>
              <text className="fault-tick" x={cx} y={HEIGHT - MARGIN.bottom + 22} textAnchor="middle">
                {faultLabel(f, t)}
              </text>
              <text className="fault-time" x={cx} y={HEIGHT - MARGIN.bottom + 44} textAnchor="middle">
                {formatClock(f.atMs)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
