import { useState, type FormEvent } from 'react';
import { validateQuality, type QualityDraft } from './qualityForm.ts';
import { useT } from '../i18n/useT.ts';

// The loss-and-delay form's state, shared by the global editor and the one-link editor: a draft
// over the values in force, its errors, and a submit that hands on only what changed (so the log
// does not fill with settings nobody touched, and an untouched field keeps following its default).

export interface QualityChange {
  dropPercent: number | null;
  delay: { latencyMs: number; jitterMs: number } | null;
}

export function useQualityForm(current: QualityDraft, apply: (change: QualityChange) => void) {
  const t = useT();
  const [draft, setDraft] = useState<QualityDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof QualityDraft, string>>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = validateQuality(draft ?? current, t);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setDraft(null);
    const delayChanged = check.latencyMs !== Number(current.latency) || check.jitterMs !== Number(current.jitter);
    apply({
      dropPercent: check.dropPercent !== Number(current.drop) ? check.dropPercent : null,
      delay: delayChanged ? { latencyMs: check.latencyMs, jitterMs: check.jitterMs } : null,
    });
  };
  const discard = () => {
    setDraft(null);
    setErrors({});
  };
  return { draft: draft ?? current, errors, setDraft, submit, discard };
}
