import { useAppStore } from '../../store/hooks.ts';
import { FaultMetricRow } from './FaultMetricRow.tsx';
import { MetricsChart } from './MetricsChart.tsx';

// The Metrics tab: every fault of the session measured (src/host/faultMetrics.ts, the same
// functions `npm run sim` prints), plotted against the bound ZooKeeper's settings give, then listed.

/** Faults plotted: the latest ones, so each bar and its label stay wide enough to read from the back row. */
const PLOTTED = 6;

export function MetricsTab() {
  const faults = useAppStore((s) => s.analysis.faults);
  const nowMs = useAppStore((s) => s.snapshot?.timeMs ?? 0);
  const plotted = faults.slice(-PLOTTED);
  const newestFirst = [...faults].reverse();
  return (
    <section className="panel metrics-panel" data-testid="metrics" data-count={faults.length} aria-labelledby="metrics-title">
      <h2 id="metrics-title">
        Every fault, measured{' '}
        <span className="panel-note">
          bars: what happened · shaded: what the settings allow{faults.length > PLOTTED ? ` · the last ${PLOTTED} of ${faults.length} plotted` : ''}
        </span>
      </h2>
      {faults.length === 0 ? (
        <p className="metrics-empty">No fault yet. Crash, kill, pause or partition a server: how long the others took to notice, to elect and to serve again appears here.</p>
      ) : (
        <>
          <MetricsChart measure="detection" faults={plotted} nowMs={nowMs} />
          <MetricsChart measure="recovery" faults={plotted} nowMs={nowMs} />
          <ol className="fault-metrics">
            {newestFirst.map((f) => (
              <FaultMetricRow key={f.index} metric={f} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
