import type { TimelineKind, TimelineRecord } from '../host/records.ts';
import type { ServerId } from '../core/types.ts';

// A lesson is data: a scenario script (docs/SCENARIO-LANGUAGE.md) and the steps a class walks
// through. Words live in the lesson text catalogs (text/en.ts, text/zh.ts), keyed by the ids here.

/** A record the run must reach: its kind, and fields that must equal the values given. */
export interface RecordMatch {
  kind: TimelineKind;
  node?: ServerId;
  /** Other top-level fields of the record (`change`, `peer`, `mode`, `side`, `cause` …), compared with ===. */
  fields?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * When a step applies: at a simulated time (after everything of that ms), or at the first record
 * matching `match` after the previous moment (a step's moment is its predecessor's, a reveal's its
 * question's), or `plusMs` after that record (an election's followers take a few ms to sync).
 * The run stands after every event of the moment's ms.
 */
export type Moment = { atMs: number } | { after: RecordMatch; plusMs?: number };

/** What a step points at: servers, links (either direction) and message types in the space-time diagram. */
export interface Focus {
  servers?: readonly ServerId[];
  links?: readonly (readonly [ServerId, ServerId])[];
  messages?: readonly string[];
}

/**
 * What the run's data says at the reveal, compared with the options' values:
 * - `leader`: the leader a quorum agrees on, as its id, or `none`;
 * - `detect-delay`: ms from the question to the first peer-suspected record after it, bucketed
 *   by the options' `[minMs, maxMs)`, or `never`;
 * - `role`: the state of one server (`looking following leading observing down paused`);
 * - `elected`: `yes` when some leader-elected record came after the question, else `no`;
 * - `znode`: `present` or `absent`, for a path on one server;
 * - `sync-mode`: the mode (`diff trunc snap`) of the first sync the leader sent `learner` after the question;
 * - `read`: the value the first read answered to `client` after the question, or `failed`.
 */
export type AnswerRule =
  | { fact: 'leader' }
  | { fact: 'detect-delay' }
  | { fact: 'role'; server: ServerId }
  | { fact: 'elected' }
  | { fact: 'znode'; path: string; server: ServerId }
  | { fact: 'sync-mode'; learner: ServerId }
  | { fact: 'read'; client: string };

/** One option: an id for its text key, and the fact value it stands for (or a delay range). */
export type AnswerOption = { id: string; value: string } | { id: string; minMs: number; maxMs: number };

export interface Question {
  options: readonly AnswerOption[];
  /** The moment the answer has happened by; the run plays on from the question to it. */
  reveal: Moment;
  answer: AnswerRule;
}

export interface LessonStep {
  /** Text keys: `<lesson>.<step>.title` and `.body`; a question adds `.question`, `.option.<id>` and `.explain`. */
  id: string;
  moment: Moment;
  focus: Focus;
  question?: Question;
}

export interface Lesson {
  id: string;
  script: string;
  /** Simulated ms the lesson's run needs at most (the last moment is before it). */
  untilMs: number;
  steps: readonly LessonStep[];
  /** A page the last step links to (compare mode), as a query string. */
  link?: string;
}

/** The simulated ms each step and reveal stands at, found on the lesson's run (moments.ts). */
export interface ResolvedLesson {
  lesson: Lesson;
  stepMs: readonly number[];
  /** Per step: its reveal's ms, or null without a question. */
  revealMs: readonly (number | null)[];
}

export type { TimelineRecord };
