import type { Lesson, Moment, RecordMatch, ResolvedLesson, TimelineRecord } from './types.ts';

// Where each step of a lesson stands, found on the records of the lesson's own run: a step's
// moment is reached after its predecessor's, a reveal after its question's. A moment the run never
// reaches makes the lesson unusable, and says which step.

export function matches(match: RecordMatch, record: TimelineRecord): boolean {
  if (record.kind !== match.kind) return false;
  if (match.node !== undefined && record.node !== match.node) return false;
  const fields = record as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(match.fields ?? {})) if (fields[key] !== value) return false;
  return true;
}

/** The ms a moment stands at, searching records strictly after `afterMs`; null when never reached. */
export function momentMs(moment: Moment, records: readonly TimelineRecord[], afterMs: number): number | null {
  if ('atMs' in moment) return moment.atMs;
  const found = records.find((r) => r.t > afterMs && matches(moment.after, r));
  return found ? found.t + (moment.plusMs ?? 0) : null;
}

export type Resolution = { ok: true; resolved: ResolvedLesson } | { ok: false; step: number; what: 'step' | 'reveal' };

export function resolveLesson(lesson: Lesson, records: readonly TimelineRecord[]): Resolution {
  const stepMs: number[] = [];
  const revealMs: (number | null)[] = [];
  let previousMs = -1;
  for (const [index, step] of lesson.steps.entries()) {
    const at = momentMs(step.moment, records, previousMs);
    if (at === null || at < previousMs) return { ok: false, step: index + 1, what: 'step' };
    stepMs.push(at);
    previousMs = at;
    if (!step.question) {
      revealMs.push(null);
      continue;
    }
    const reveal = momentMs(step.question.reveal, records, at);
    if (reveal === null || reveal <= at) return { ok: false, step: index + 1, what: 'reveal' };
    revealMs.push(reveal);
    previousMs = reveal;
  }
  return { ok: true, resolved: { lesson, stepMs, revealMs } };
}
