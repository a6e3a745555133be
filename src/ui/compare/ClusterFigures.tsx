import { useStore } from 'zustand';
import type { CompareSide } from '../../store/compareSession.ts';
import { useT } from '../i18n/useT.ts';
import { FigureRow } from './FigureRow.tsx';

// What one cluster measured, from its own store (compareFigures.ts): the same rows on both sides,
// so the two columns read across.

export function ClusterFigures({ side, name }: { side: CompareSide; name: string }) {
  const t = useT();
  const f = useStore(side.figures);
  const ms = (value: number | null) => (value === null ? t('compare.value.pending') : t('compare.value.ms', { ms: value }));
  const server = (id: number | null) => (id === null ? t('compare.value.pending') : t('common.server', { id }));
  const seconds = f.timeMs / 1000;
  const rate = (count: number) => t('compare.value.rate', { count, perSecond: seconds > 0 ? Math.round((count / seconds) * 10) / 10 : 0 });
  return (
    <section className="compare-figures" aria-label={t('compare.metricsTitle', { name })} data-testid="compare-figures">
      <dl>
        <FigureRow testId="detection" label={t('compare.metric.detection')} value={f.detectedMs}>
          {ms(f.detectedMs)}
        </FigureRow>
        <FigureRow testId="detected-by" label={t('compare.metric.detectedBy')} value={f.detectedBy}>
          {server(f.detectedBy)}
        </FigureRow>
        <FigureRow testId="election-starter" label={t('compare.metric.electionStarter')} value={f.electionStarter}>
          {server(f.electionStarter)}
        </FigureRow>
        <FigureRow testId="election" label={t('compare.metric.election')} value={f.electionMs}>
          {ms(f.electionMs)}
        </FigureRow>
        <FigureRow testId="recovered" label={t('compare.metric.recovered')} value={f.recoveredMs}>
          {ms(f.recoveredMs)}
        </FigureRow>
        <FigureRow testId="suspicions" label={t('compare.metric.suspicions')} value={f.suspicions.total}>
          {t('compare.value.count', { count: f.suspicions.total })}
        </FigureRow>
        <FigureRow testId="false-suspicions" label={t('compare.metric.falseSuspicions')} value={f.suspicions.falseAlarms}>
          {t('compare.value.count', { count: f.suspicions.falseAlarms })}
        </FigureRow>
        <FigureRow testId="messages" label={t('compare.metric.messages')} value={f.messages.total}>
          {rate(f.messages.total)}
        </FigureRow>
        <FigureRow testId="heartbeats" label={t('compare.metric.heartbeats')} value={f.messages.heartbeats}>
          {rate(f.messages.heartbeats)}
        </FigureRow>
        <FigureRow testId="pings" label={t('compare.metric.pings')} value={f.messages.pings}>
          {rate(f.messages.pings)}
        </FigureRow>
        <FigureRow testId="leader" label={t('compare.metric.leader')} value={f.leader}>
          {f.leader === null ? t('compare.value.none') : t('common.server', { id: f.leader })}
        </FigureRow>
        <FigureRow testId="epoch" label={t('compare.metric.epoch')} value={f.epoch}>
          {f.epoch === null ? t('compare.value.none') : t('compare.value.count', { count: f.epoch })}
        </FigureRow>
      </dl>
    </section>
  );
}
