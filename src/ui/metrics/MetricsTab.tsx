import { useAppStore, useLiveNowMs } from '../../store/hooks.ts';
import { FaultMetricRow } from './FaultMetricRow.tsx';
import { MetricsChart } from './MetricsChart.tsx';
import { useT } from '../i18n/useT.ts';

// The Metrics tab: every fault of the session measured (src/host/faultMetrics.ts, the same
// functions `npm run sim` prints), plotted against the bound ZooKeeper's settings give, then listed.

/** Faults plotted: the latest ones, so each bar and its label stay wide enough to read from the back row. */
const PLOTTED = 6;

export function MetricsTab() {
  const t = useT();
  const faults = useAppStore((s) => s.analysis.faults);
  const nowMs = useLiveNowMs();
  const plotted = faults.slice(-PLOTTED);
  const newestFirst = [...faults].reverse();
  return (
    <section className="panel metrics-panel" data-testid="metrics" data-count={faults.length} aria-labelledby="metrics-title">
      <h2 id="metrics-title">
        {t('metrics.title')}{' '}
        <span className="panel-note">
          {t('metrics.note')}
          {faults.length > PLOTTED ? t('metrics.notePlotted', { shown: PLOTTED, count: faults.length }) : ''}
        </span>
      </h2>
      {faults.length === 0 ? (
        <p className="metrics-empty">{t('metrics.empty')}</p>
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
