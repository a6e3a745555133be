import {
  CLUSTER_SERVERS,
  DETECTOR_TIMEOUT_MS,
  HEARTBEAT_MS,
  LIMIT_TICKS,
  SEED,
  TICK_TIME_MS,
  detectorTimingProblem,
  grouped,
  wholeIn,
  type Bound,
  type SpecInput,
} from '../../driver/index.ts';

// The settings form's text fields, checked into a SpecInput. A bad value gets a plain sentence and
// changes nothing: the cluster is rebuilt only from a form with no errors. The bounds and the
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
  bound: Bound;
  message: string;
}

const rule = (bound: Bound, what: string, unit: string): Rule => ({
  bound,
  message: `${what}: a whole number${unit} from ${grouped(bound.min)} to ${grouped(bound.max)}.`,
});

const rules: Record<DraftField, Rule> = {
  nodes: rule(CLUSTER_SERVERS, 'Servers', ''),
  tickTimeMs: rule(TICK_TIME_MS, 'tickTime', ' of ms'),
  initLimitTicks: rule(LIMIT_TICKS, 'initLimit', ' of ticks'),
  syncLimitTicks: rule(LIMIT_TICKS, 'syncLimit', ' of ticks'),
  heartbeatMs: rule(HEARTBEAT_MS, 'Heartbeat interval', ' of ms'),
  timeoutMs: rule(DETECTOR_TIMEOUT_MS, 'Timeout', ' of ms'),
  seed: rule(SEED, 'Seed', ''),
};

function whole(text: string, rule: Rule): number | null {
  return wholeIn(text.trim().replace(/[,_\s]/g, ''), rule.bound);
}

export function validateDraft(draft: SettingsDraft): DraftResult {
  const errors: FieldErrors = {};
  const values: Partial<Record<DraftField, number>> = {};
  for (const field of Object.keys(rules) as DraftField[]) {
    const value = whole(draft[field], rules[field]);
    if (value === null) errors[field] = rules[field].message;
    else values[field] = value;
  }
  // Only the all-to-all detector uses the pair (its fields are hidden otherwise); a script's rule is the same.
  const timing = draft.detector === 'all-to-all' && values.heartbeatMs !== undefined && values.timeoutMs !== undefined ? detectorTimingProblem(values.heartbeatMs, values.timeoutMs) : null;
  if (timing) errors.timeoutMs = `${timing[0]!.toUpperCase()}${timing.slice(1)}.`;
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
