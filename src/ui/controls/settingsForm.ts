import type { SpecInput } from '../../driver/index.ts';

// The settings form's text fields, checked into a SpecInput. A bad value gets a plain sentence and
// changes nothing: the cluster is rebuilt only from a form with no errors.

export type Detector = SpecInput['detector'];

export interface SettingsDraft {
  nodes: string;
  tickTimeMs: string;
  initLimitTicks: string;
  syncLimitTicks: string;
  detector: Detector;
  heartbeatMs: string;
  timeoutMs: string;
  seed: string;
}

export type DraftField = Exclude<keyof SettingsDraft, 'detector'>;
export type FieldErrors = Partial<Record<DraftField, string>>;

export type DraftResult = { ok: true; input: SpecInput } | { ok: false; errors: FieldErrors };

export function draftOf(input: SpecInput): SettingsDraft {
  return {
    nodes: String(input.nodes),
    tickTimeMs: String(input.tickTimeMs),
    initLimitTicks: String(input.initLimitTicks),
    syncLimitTicks: String(input.syncLimitTicks),
    detector: input.detector,
    heartbeatMs: String(input.heartbeatMs),
    timeoutMs: String(input.timeoutMs),
    seed: String(input.seed),
  };
}

interface Rule {
  min: number;
  max: number;
  message: string;
}

const rules: Record<DraftField, Rule> = {
  nodes: { min: 1, max: 101, message: 'Servers: a whole number from 1 to 101.' },
  tickTimeMs: { min: 50, max: 10_000, message: 'tickTime: a whole number of ms from 50 to 10,000.' },
  initLimitTicks: { min: 1, max: 100, message: 'initLimit: a whole number of ticks from 1 to 100.' },
  syncLimitTicks: { min: 1, max: 100, message: 'syncLimit: a whole number of ticks from 1 to 100.' },
  heartbeatMs: { min: 50, max: 60_000, message: 'Heartbeat interval: a whole number of ms from 50 to 60,000.' },
  timeoutMs: { min: 50, max: 600_000, message: 'Timeout: a whole number of ms from 50 to 600,000.' },
  seed: { min: 0, max: 2 ** 32 - 1, message: 'Seed: a whole number from 0 to 4,294,967,295.' },
};

function whole(text: string, rule: Rule): number | null {
  const t = text.trim().replace(/[,_\s]/g, '');
  if (!/^\d+$/.test(t)) return null;
  const value = Number(t);
  return value >= rule.min && value <= rule.max ? value : null;
}

export function validateDraft(draft: SettingsDraft): DraftResult {
  const errors: FieldErrors = {};
  const values: Partial<Record<DraftField, number>> = {};
  for (const field of Object.keys(rules) as DraftField[]) {
    const value = whole(draft[field], rules[field]);
    if (value === null) errors[field] = rules[field].message;
    else values[field] = value;
  }
  if (draft.detector === 'all-to-all' && values.heartbeatMs !== undefined && values.timeoutMs !== undefined && values.timeoutMs <= values.heartbeatMs) {
    errors.timeoutMs = 'The timeout must be longer than the heartbeat interval, or every peer is suspected between two heartbeats.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      nodes: values.nodes!,
      seed: values.seed!,
      tickTimeMs: values.tickTimeMs!,
      initLimitTicks: values.initLimitTicks!,
      syncLimitTicks: values.syncLimitTicks!,
      detector: draft.detector,
      heartbeatMs: values.heartbeatMs!,
      timeoutMs: values.timeoutMs!,
    },
  };
}
