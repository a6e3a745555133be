import { useAppStore } from '../../store/hooks.ts';
import { QualityFields } from './QualityFields.tsx';
import type { QualityDraft } from './qualityForm.ts';
import { useQualityForm } from './useQualityForm.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// Loss, latency and jitter on every link at once. The fields show what is in force until edited.

export function QualityEditor() {
  const t = useT();
  const quality = useAppStore((s) => shown(s).links.quality);
  const spec = useAppStore((s) => s.spec);
  const setDrop = useAppStore((s) => s.setDrop);
  const setDelay = useAppStore((s) => s.setDelay);
  const lossIsLoss = useAppStore((s) => s.capabilities.dropAsLoss);
  const current: QualityDraft = {
    drop: String(quality?.dropPercent ?? 0),
    latency: String(quality?.latencyMs ?? spec.latencyMs),
    jitter: String(quality?.jitterMs ?? spec.jitterMs),
  };
  const form = useQualityForm(current, (change) => {
    if (change.dropPercent !== null) setDrop(change.dropPercent);
    if (change.delay) setDelay(change.delay.latencyMs, change.delay.jitterMs);
  });

  return (
    <section className="panel quality-panel" aria-labelledby="quality-title">
      <h2 id="quality-title">
        {t('network.quality.title')}{' '}
        <span className="panel-note">{quality ? t('network.quality.normal', { latencyMs: quality.defaultLatencyMs, jitterMs: quality.defaultJitterMs }) : t('network.quality.unknown')}</span>
      </h2>
      <form className="op-form" onSubmit={form.submit} noValidate data-testid="global-quality">
        <QualityFields draft={form.draft} errors={form.errors} onChange={form.setDraft} testPrefix="global" />
        <div className="button-row">
          <span className="panel-note" data-testid="drop-note">{t(lossIsLoss ? 'network.quality.tcpNote' : 'unsupported.dropAsLoss')}</span>
          <button type="submit" className="primary">
            {t('network.quality.applyAll')}
          </button>
        </div>
      </form>
    </section>
  );
}
