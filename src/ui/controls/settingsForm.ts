import {
  CLUSTER_SERVERS,
  DETECTOR_TIMEOUT_MS,
  HEARTBEAT_MS,
  LIMIT_TICKS,
  SEED,
  TICK_TIME_MS,
  detectorTimingProblem,
  wholeIn,
  type Bound,
  type SpecInput,
} from '../../driver/index.ts';
import { message, type Message } from '../../i18n/message.ts';

// The settings form's text fields, checked into a SpecInput. A bad value gets an error (data, worded
// by the catalog) and changes nothing: the cluster is rebuilt only from a form with no errors. The bounds and the
// heartbeat/timeout rule are the shared ones (core/limits.ts), which scenario scripts obey too.

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
/** What is wrong with a field: out of its bound, or (the all-to-all timeout) not above the heartbeat. */
export type FieldError = { kind: 'range'; min: number; max: number } | { kind: 'timing'; heartbeatMs: number; timeoutMs: number };
export type FieldErrors = Partial<Record<DraftField, FieldError>>;

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

const bounds: Record<DraftField, Bound> = {
  nodes: CLUSTER_SERVERS,
  tickTimeMs: TICK_TIME_MS,
  initLimitTicks: LIMIT_TICKS,
  syncLimitTicks: LIMIT_TICKS,
  heartbeatMs: HEARTBEAT_MS,
  timeoutMs: DETECTOR_TIMEOUT_MS,
  seed: SEED,
};

function whole(text: string, bound: Bound): number | null {
  return wholeIn(text.trim().replace(/[,_\s]/g, ''), bound);
}

/** A field's error as the dialog shows it. */
export function fieldErrorMessage(field: DraftField, error: FieldError): Message {
  if (error.kind === 'timing') return message('settings.error.timing', { heartbeatMs: error.heartbeatMs, timeoutMs: error.timeoutMs });
  return message(`settings.error.${field}`, { min: error.min, max: error.max });
}

export function validateDraft(draft: SettingsDraft): DraftResult {
  const errors: FieldErrors = {};
  const values: Partial<Record<DraftField, number>> = {};
  for (const field of Object.keys(bounds) as DraftField[]) {
    const value = whole(draft[field], bounds[field]);
    if (value === null) errors[field] = { kind: 'range', min: bounds[field].min, max: bounds[field].max };
    else values[field] = value;
  }
  // Only the all-to-all detector uses the pair (its fields are hidden otherwise); a script's rule is the same.
  const { heartbeatMs, timeoutMs } = values;
  if (draft.detector === 'all-to-all' && heartbeatMs !== undefined && timeoutMs !== undefined && detectorTimingProblem(heartbeatMs, timeoutMs) !== null) {
    errors.timeoutMs = { kind: 'timing', heartbeatMs, timeoutMs };
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
