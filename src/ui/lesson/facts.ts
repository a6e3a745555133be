import { nodeState, type AppState } from '../../store/index.ts';
import type { RunFacts, ServerState } from '../../lessons/index.ts';

// What the page's store says the run did, as the lesson model's facts (src/lessons/answers.ts):
// the same facts the topology and the event log show at the reveal.

export function factsOf(s: Pick<AppState, 'leader' | 'snapshot' | 'timeline'>, questionMs: number): RunFacts {
  const states = new Map<number, ServerState>();
  const paths = new Map<number, ReadonlySet<string>>();
  for (const node of s.snapshot?.nodes ?? []) {
    const state = nodeState(node);
    // Lessons run on the simulator, which never reports a server unresponsive.
    if (state !== 'unresponsive') states.set(node.id, state);
    paths.set(node.id, new Set(node.tree.map((z) => z.path)));
  }
  return { questionMs, leader: s.leader?.id ?? null, states, paths, since: s.timeline.filter((r) => r.t > questionMs) };
}
