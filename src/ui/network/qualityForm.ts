// Drop and delay fields, checked before anything is sent. Loss is in percent (TCP resends, so in
// this model loss shows up as delay until six tries in a row fail); delays are whole ms.

export const MAX_DELAY_MS = 60_000;

export type QualityCheck = { ok: true; dropPercent: number; latencyMs: number; jitterMs: number } | { ok: false; errors: Partial<Record<'drop' | 'latency' | 'jitter', string>> };

export interface QualityDraft {
  drop: string;
  latency: string;
  jitter: string;
}

function number(text: string): number {
  const t = text.trim().replace(/%$/, '').trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

function whole(text: string): number {
  const t = text.trim().replace(/[,_\s]/g, '').replace(/ms$/, '');
  return /^\d+$/.test(t) ? Number(t) : NaN;
}

export function validateQuality(draft: QualityDraft): QualityCheck {
  const errors: Partial<Record<'drop' | 'latency' | 'jitter', string>> = {};
  const dropPercent = number(draft.drop);
  if (!(dropPercent >= 0 && dropPercent <= 100)) errors.drop = 'Loss is a percentage from 0 to 100.';
  const latencyMs = whole(draft.latency);
  if (!(latencyMs >= 0 && latencyMs <= MAX_DELAY_MS)) errors.latency = 'Latency is a whole number of ms from 0 to 60,000.';
  const jitterMs = whole(draft.jitter);
  if (!(jitterMs >= 0 && jitterMs <= MAX_DELAY_MS)) errors.jitter = 'Jitter is a whole number of ms from 0 to 60,000.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, dropPercent: Math.round(dropPercent * 10) / 10, latencyMs, jitterMs };
}
