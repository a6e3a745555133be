import type { ServerId } from '../core/types.ts';
import type { AnswerOption, AnswerRule, Focus, Question, TimelineRecord } from './types.ts';

// The correct option of a question, computed from what the run did by the reveal, never written
// down: the page builds these facts from its store, the tests from the same store on a headless
// run. Evidence is what the reveal highlights.

/** A server's state as the topology shows it. */
export type ServerState = 'looking' | 'following' | 'leading' | 'observing' | 'down' | 'paused';

export interface RunFacts {
  /** The question's ms: the records after it are what happened since. */
  questionMs: number;
  /** The leader a quorum agrees on now, if any. */
  leader: ServerId | null;
  states: ReadonlyMap<ServerId, ServerState>;
  /** Paths in each server's data tree. */
  paths: ReadonlyMap<ServerId, ReadonlySet<string>>;
  /** Records with questionMs < t ≤ now, in order. */
  since: readonly TimelineRecord[];
}

export interface Answer {
  /** The option's index, or null when no option fits what happened (a lesson bug the tests catch). */
  correct: number | null;
  /** The fact the options were compared with: an id, a state, a word, or a delay in ms. */
  value: string;
  evidence: Focus;
}

export function answerOf(question: Question, facts: RunFacts): Answer {
  const { value, evidence } = factOf(question.answer, facts);
  const correct = question.options.findIndex((option) => fits(option, value));
  return { correct: correct < 0 ? null : correct, value, evidence };
}

function fits(option: AnswerOption, value: string): boolean {
  if ('value' in option) return option.value === value;
  const ms = Number(value);
  return value !== 'never' && ms >= option.minMs && ms < option.maxMs;
}

function factOf(rule: AnswerRule, facts: RunFacts): { value: string; evidence: Focus } {
  switch (rule.fact) {
    case 'leader': {
      // The store's agreed leader; at the very moment of its election record, the winner still LEADING.
      const elected = facts.since.filter((r) => r.kind === 'leader-elected').at(-1);
      const winner = facts.leader ?? (elected?.node && facts.states.get(elected.node) === 'leading' ? elected.node : null);
      if (winner === null) return { value: 'none', evidence: { servers: [...facts.states].filter(([, s]) => s === 'looking').map(([id]) => id) } };
      const followers = elected && elected.kind === 'leader-elected' && elected.node === winner ? elected.followers : [];
      return { value: String(winner), evidence: { servers: [winner], links: followers.map((f) => [winner, f] as const), messages: ['notification'] } };
    }
    case 'detect-delay': {
      const first = facts.since.find((r) => r.kind === 'peer-suspected');
      if (!first) return { value: 'never', evidence: {} };
      const peer = first.kind === 'peer-suspected' ? first.peer : null;
      return { value: String(first.t - facts.questionMs), evidence: { servers: first.node === null ? [] : [first.node], ...(peer !== null && first.node !== null ? { links: [[peer, first.node] as const] } : {}) } };
    }
    case 'role':
      return { value: facts.states.get(rule.server) ?? 'down', evidence: { servers: [rule.server] } };
    case 'elected': {
      const elected = facts.since.find((r) => r.kind === 'leader-elected');
      return elected?.node ? { value: 'yes', evidence: { servers: [elected.node] } } : { value: 'no', evidence: { servers: [...facts.states].filter(([, s]) => s === 'looking').map(([id]) => id) } };
    }
    case 'znode':
      return { value: facts.paths.get(rule.server)?.has(rule.path) ? 'present' : 'absent', evidence: { servers: [rule.server] } };
    case 'sync-mode': {
      const sync = facts.since.find((r) => r.kind === 'sync' && r.side === 'leader' && r.learner === rule.learner);
      const mode = sync && sync.kind === 'sync' ? sync.mode : 'none';
      return { value: mode, evidence: { servers: sync?.node ? [sync.node, rule.learner] : [rule.learner], messages: mode === 'none' ? [] : [mode] } };
    }
    case 'read': {
      const read = facts.since.find((r) => r.kind === 'client-result' && r.client === rule.client && r.op.type === 'get');
      const result = read && read.kind === 'client-result' ? read.result : null;
      const value = result && result.ok && result.type === 'data' ? result.value : 'failed';
      return { value, evidence: { servers: read?.node ? [read.node] : [] } };
    }
  }
}
