import { detectedMs, recoveredMs, type FaultMetric, type MetricBound } from '../../driver/index.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';

// What each plot measures for a fault: its value (or how long it has been pending), and its bound.

export type Measure = 'detection' | 'recovery';

export interface Measured {
  /** ms after the fault; while pending, the time so far. */
  valueMs: number;
  pending: boolean;
  /** Nothing to measure: nobody noticed before it healed, or service never stopped. */
  none: boolean;
  bound: MetricBound;
}

export const MEASURE_TITLES: Record<Measure, MessageKey> = {
  detection: 'metrics.measure.detection',
  recovery: 'metrics.measure.recovery',
};

export function measure(f: FaultMetric, m: Measure, nowMs: number): Measured {
  if (m === 'detection') {
    const d = detectedMs(f);
    return { valueMs: d ?? (f.undetectedHealed ? 0 : Math.max(0, nowMs - f.atMs)), pending: d === null && !f.undetectedHealed, none: d === null && f.undetectedHealed, bound: f.detectionBound };
  }
  const r = recoveredMs(f);
  return { valueMs: r ?? Math.max(0, nowMs - f.atMs), pending: r === null, none: r === 0, bound: f.recoveryBound };
}

/** Where a value falls against its bound: inside the band, early (below it) or late (above it). */
export function verdict(m: Measured): 'within' | 'early' | 'late' | 'pending' | 'none' {
  if (m.none) return 'none';
  if (m.pending) return m.valueMs > m.bound.hiMs ? 'late' : 'pending';
  if (m.valueMs > m.bound.hiMs) return 'late';
  return m.valueMs < m.bound.loMs ? 'early' : 'within';
}

/** "9.8 s", "3 ms": short enough for a bar label. */
export function shortDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 100_000 ? 1 : 0)} s`;
}

/** "crash 5", "split", "heal": short enough for a bar's slot. */
export function faultLabel(f: FaultMetric, t: Translate): string {
  const word = t(`metrics.fault.${f.action}`);
  return f.node === null ? word : t('metrics.fault.onNode', { fault: word, node: f.node });
}
