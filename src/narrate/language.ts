import type { Bound, FaultAction, FaultMetric } from '../host/faultMetrics.ts';
import type { ServerId } from '../core/types.ts';
import type { ActionRecord, ScriptRecord } from '../host/actionRecords.ts';
import type { ClientEvent } from '../core/clientEvents.ts';
import type { BridgeRecord, RealRecord } from '../host/observedRecords.ts';
import type { RecordOf, TimelineKind, TimelineRecord } from '../host/records.ts';
import type { StoryChapter, StoryPhase } from '../host/story.ts';
import type { ActiveFault } from '../net/network.ts';
import type { RequestProblem } from '../core/requestProblems.ts';

// What a language provides to put the timeline in words. Each table is a mapped type over every
// record kind, so a new kind without a sentence (or an explicit "no detail") fails to compile.

export type Sentences = { [K in TimelineKind]: (record: RecordOf<K>) => string };

/** A second line where the data says more than the sentence; null for a kind that never has one. */
export type DetailLines = { [K in TimelineKind]: ((record: RecordOf<K>) => string | null) | null };

export interface Language {
  sentences: Sentences;
  details: DetailLines;
  /** A fault in force, for the faults panel and the heal record. */
  fault(fault: ActiveFault): string;
  /** Why a client request failed (a failed answer's `problem`). */
  problem(problem: RequestProblem): string;
  lists: ListWords;
}

/** What only a real ensemble reports (its logs, polls and processes, and the page's link to the bridge). */
export type RealKind = (RealRecord | BridgeRecord)['kind'];

/** Each of them by name (the compiler checks the list is whole), to tell which part a record's words are in. */
const REAL_KINDS: Record<RealKind, true> = {
  'notification-seen': true,
  'zab-phase': true,
  'process-started': true,
  'process-exited': true,
  'poll-silence': true,
  'bridge-refused': true,
  'bridge-frame-refused': true,
  'bridge-link': true,
};

export function isRealKind(kind: TimelineKind): kind is RealKind {
  return kind in REAL_KINDS;
}

/** A language's sentences and detail lines for some kinds, registered apart from the rest. */
export interface NarrationPart<Kind extends TimelineKind> {
  sentences: Pick<Sentences, Kind>;
  details: Pick<DetailLines, Kind>;
}

/** What people, their scripts and their clients did, and the leader's refusal of a client's write. */
export type ActionKind = (ActionRecord | ScriptRecord)['kind'] | ClientEvent['kind'] | 'request-failed';

/**
 * What the servers do only after something failed or someone wrote: suspect and hear a peer again,
 * drop a learner, step down, truncate, commit, expire or close a session, refuse a follower ahead
 * of its leader. A cluster that starts and elects says none of them.
 */
export type AftermathKind =
  | 'peer-suspected'
  | 'peer-recovered'
  | 'learner-dropped'
  | 'step-down'
  | 'truncated'
  | 'proposal-committed'
  | 'session-expired'
  | 'session-closed'
  | 'follower-refused';

/**
 * The words for what people did and what followed: their actions, their scripts' steps, their
 * clients' requests, the faults they set and the servers' aftermath (with every reason a server
 * looks other than having started). Nothing says them before someone acts, so the page loads them
 * with the first of them (src/ui/i18n/localeStore.ts) rather than with its first screen.
 */
export interface ActionsNarration {
  sentences: Pick<Sentences, ActionKind | AftermathKind | 'state-change'>;
  fault: Language['fault'];
  problem: Language['problem'];
}

/**
 * What a sentence whose part of the language is not loaded yet shows for the moment the part takes
 * to arrive: an ellipsis, never a blank. The page redraws its sentences when a part arrives.
 */
export const NOT_LOADED = '…';

/** Whether the language has its actions part: the part brings the words for faults, which a whole language (the command line's) has too. */
export function hasActionsPart(language: LoadedLanguage): boolean {
  return language.fault !== undefined;
}

/**
 * A server looking for a reason other than having started: the model's state-change sentence says
 * only that one (the first screen's), the actions part's says them all.
 */
export function looksAfterAFault(record: TimelineRecord): boolean {
  return record.kind === 'state-change' && record.change === 'looking' && record.reason.why !== 'started';
}

/**
 * A language without its parts: what the page registers with its first screen. The actions part
 * follows the first action; the real part (a `NarrationPart<RealKind>`) comes with the real driver,
 * which only a real ensemble's page loads (src/ui/i18n/areaLoaders.ts).
 */
export interface ModelLanguage extends Omit<Language, 'sentences' | 'details' | 'fault' | 'problem'> {
  sentences: Omit<Sentences, RealKind | ActionKind | AftermathKind>;
  details: Omit<DetailLines, RealKind>;
}

/** A language as far as its parts are loaded: what a part not loaded says is missing. */
export interface LoadedLanguage extends Partial<Pick<Language, 'fault' | 'problem'>> {
  sentences: Partial<Sentences>;
  details: Partial<DetailLines>;
  lists: ListWords;
}

/** A language in one piece, for the command line and the tests, or as far as its parts are loaded. */
export function wholeLanguage(model: ModelLanguage, actions: ActionsNarration, real: NarrationPart<RealKind>): Language;
export function wholeLanguage(model: ModelLanguage, actions?: ActionsNarration, real?: NarrationPart<RealKind>): LoadedLanguage;
export function wholeLanguage(model: ModelLanguage, actions?: ActionsNarration, real?: NarrationPart<RealKind>): LoadedLanguage {
  return {
    ...model,
    ...(actions ? { fault: actions.fault, problem: actions.problem } : {}),
    sentences: { ...model.sentences, ...actions?.sentences, ...real?.sentences },
    details: { ...model.details, ...real?.details },
  };
}

/** Lists for the panels: "1, 2, 5" or "none", and the first few zxids then how many more. */
export interface ListWords {
  ids(ids: readonly number[]): string;
  zxids(zxids: readonly number[], shown?: number): string;
}

export interface MetricParts {
  detection: string;
  election: string | null;
  recovery: string;
  sync: string | null;
}

/** What a fault did to whom, as the command line's fault lines and metric lines name it. */
export interface FaultSubject {
  action: FaultAction;
  node: ServerId | null;
  wasLeader: boolean;
}

/**
 * The story view's headlines and the fault metrics' words (src/host/story.ts, faultMetrics.ts): a
 * table apart from `Language`, registered on its own (src/narrate/story.ts), so the page loads it
 * with the views that show it.
 */
export interface StoryWords {
  headline(chapter: StoryChapter, phase: StoryPhase): string;
  chapterTitle(chapter: StoryChapter): string;
  /** A fault's metrics in one line (the command line). */
  metricLine(metric: FaultMetric): string;
  /** The same, in short phrases (the page's Metrics tab). */
  metricParts(metric: FaultMetric): MetricParts;
  bound(bound: Bound): string;
  /** What the fault was, as a short sentence. */
  failure(metric: FaultMetric): string;
  /** The fault and its server in a few words: "kill server 5 (the leader)". */
  subject(fault: FaultSubject): string;
}

// A table's entry for a record's kind takes that kind: its mapped type says so, which TypeScript
// cannot carry through the lookup, hence the casts.

export function sentenceFor(sentences: Sentences, record: TimelineRecord): (record: TimelineRecord) => string {
  return sentences[record.kind] as (record: TimelineRecord) => string;
}

export function detailFor(details: DetailLines, record: TimelineRecord): ((record: TimelineRecord) => string | null) | null {
  return details[record.kind] as ((record: TimelineRecord) => string | null) | null;
}
