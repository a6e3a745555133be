// Drop and delay fields, checked before anything is sent. Loss is in percent (TCP resends, so in
// this model loss shows up as delay until six tries in a row fail); delays are whole ms. The bounds
// are the shared ones (core/limits.ts), the same as a script's drop and delay.

import { LINK_DELAY_MS, PERCENT, inBound } from '../../driver/index.ts';
import type { Translate } from '../../i18n/translate.ts';

export type QualityCheck = { ok: true; dropPercent: number; latencyMs: number; jitterMs: number } | { ok: false; errors: Partial<Record<'drop' | 'latency' | 'jitter', string>> };

export interface QualityDraft {
  drop: string;
  latency: string;
  jitter: string;
}

/** As a script's percentage: up to three digits and six decimals. */
function number(text: string): number {
  const t = text.trim().replace(/%$/, '').trim();
  return /^\d{1,3}(\.\d{1,6})?$/.test(t) ? Number(t) : NaN;
}

function whole(text: string): number {
  const t = text.trim().replace(/[,_\s]/g, '').replace(/ms$/, '');
  return /^\d{1,16}$/.test(t) ? Number(t) : NaN;
}

export function validateQuality(draft: QualityDraft, t: Translate): QualityCheck {
  const errors: Partial<Record<'drop' | 'latency' | 'jitter', string>> = {};
  const dropPercent = number(draft.drop);
  if (!inBound(dropPercent, PERCENT)) errors.drop = t('network.quality.lossError', { min: PERCENT.min, max: PERCENT.max });
  const latencyMs = whole(draft.latency);
  if (!inBound(latencyMs, LINK_DELAY_MS)) errors.latency = t('network.quality.latencyError', { min: LINK_DELAY_MS.min, max: LINK_DELAY_MS.max });
  const jitterMs = whole(draft.jitter);
  if (!inBound(jitterMs, LINK_DELAY_MS)) errors.jitter = t('network.quality.jitterError', { min: LINK_DELAY_MS.min, max: LINK_DELAY_MS.max });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, dropPercent: Math.round(dropPercent * 10) / 10, latencyMs, jitterMs };
}
