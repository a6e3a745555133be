import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { QualityFields } from './QualityFields.tsx';
import { validateQuality, type QualityDraft } from './qualityForm.ts';

// Loss, latency and jitter on every link at once. The fields show what is in force until edited.

export function QualityEditor() {
  const quality = useAppStore((s) => s.links.quality);
  const spec = useAppStore((s) => s.spec);
  const setDrop = useAppStore((s) => s.setDrop);
  const setDelay = useAppStore((s) => s.setDelay);
  const current: QualityDraft = {
    drop: String(quality?.dropPercent ?? 0),
    latency: String(quality?.latencyMs ?? spec.latencyMs),
    jitter: String(quality?.jitterMs ?? spec.jitterMs),
  };
  const [draft, setDraft] = useState<QualityDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof QualityDraft, string>>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = validateQuality(draft ?? current);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setDraft(null);
    // Only what changed is sent, so the log does not fill with settings nobody touched.
    if (check.dropPercent !== Number(current.drop)) setDrop(check.dropPercent);
    if (check.latencyMs !== Number(current.latency) || check.jitterMs !== Number(current.jitter)) setDelay(check.latencyMs, check.jitterMs);
  };

  return (
    <section className="panel quality-panel" aria-labelledby="quality-title">
      <h2 id="quality-title">
        Every link <span className="panel-note">{quality ? `normal: ${quality.defaultLatencyMs} ms ± ${quality.defaultJitterMs} ms, no loss` : 'this driver does not report the values in force'}</span>
      </h2>
      <form className="op-form" onSubmit={submit} noValidate data-testid="global-quality">
        <QualityFields draft={draft ?? current} errors={errors} onChange={setDraft} testPrefix="global" />
        <div className="button-row">
          <span className="panel-note">TCP resends lost packets: loss shows up as delay, and a message is lost only after 6 tries.</span>
          <button type="submit" className="primary">
            Apply to all
          </button>
        </div>
      </form>
    </section>
  );
}
