import { memo } from 'react';
import { detectedMs, recoveredMs, type FaultMetric } from '../../driver/index.ts';
import { narrateBound, narrateFailure, narrateMetricParts } from '../../narrate/story.ts';
import { useAppStoreApi } from '../../store/hooks.ts';
import { formatClock } from '../format.ts';
import { useLocale, useT } from '../i18n/useT.ts';

// One fault's numbers, in words a class can read (src/narrate): when, what, who noticed after how
// long against the bound, the election, how long service stopped, and the syncs. Pointing at it
// lights up its servers.

interface Props {
  metric: FaultMetric;
}

export const FaultMetricRow = memo(function FaultMetricRow({ metric: f }: Props) {
  const t = useT();
  const locale = useLocale();
  const store = useAppStoreApi();
  const d = detectedMs(f);
  const r = recoveredMs(f);
  const parts = narrateMetricParts(f, locale);
  const late = d !== null && d > f.detectionBound.hiMs;
  const on = () => store.getState().highlight(f.servers);
  const off = () => store.getState().highlight([]);
  return (
    <li
      className="fault-metric"
      data-testid="fault-metric"
      data-index={f.index}
      data-action={f.action}
      data-node={f.node ?? ''}
      data-at-ms={f.atMs}
      data-detected-ms={d ?? ''}
      data-recovered-ms={r ?? ''}
      data-bound-lo-ms={f.detectionBound.loMs}
      data-bound-hi-ms={f.detectionBound.hiMs}
      onMouseEnter={on}
      onMouseLeave={off}
    >
      <div className="fault-metric-head">
        <span className="fault-metric-time">{formatClock(f.atMs)}</span>
        <span className="fault-metric-what">{narrateFailure(f, locale)}</span>
      </div>
      <div className={`fault-metric-line${late ? ' is-late' : ''}`}>
        {parts.detection} <span className="fault-metric-bound">{t('metrics.bound', { bound: narrateBound(f.detectionBound, locale) })}</span>
      </div>
      {parts.election && <div className="fault-metric-line">{parts.election}</div>}
      <div className="fault-metric-line">
        {parts.recovery}
        {parts.sync && <span className="fault-metric-sync">{` · ${parts.sync}`}</span>}
      </div>
    </li>
  );
});
