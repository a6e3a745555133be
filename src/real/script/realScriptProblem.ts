import type { Scenario } from '../../sim/scenario.ts';
import { REAL_SERVERS } from '../bridgeArgs.ts';

// What a scenario script may ask of real servers. The model can start a server late, duplicate
// packets and run the article's all-to-all detector; real ZooKeeper on TCP cannot, so a script
// that needs any of these is refused with the reason before a JVM starts.

export function realScriptProblem(scenario: Scenario): string | null {
  const servers = scenario.nodes + scenario.observers.length;
  if (servers > REAL_SERVERS.max) return `the script asks for ${servers} servers; a real run starts at most ${REAL_SERVERS.max} (each is a JVM)`;
  if (scenario.config.detector === 'all-to-all') return 'the all-to-all detector is the article\'s model: real ZooKeeper detects failures by its read timeouts only';
  for (const step of scenario.steps) {
    const { action } = step;
    if (action.type === 'start' && step.atMs > 0) return `line ${step.line}: a real run starts every server at 0, so "${step.text}" cannot be played`;
    if (action.type === 'duplicate') return `line ${step.line}: "${step.text}" has no meaning on TCP, which never delivers a segment twice`;
  }
  const observers = scenario.observers;
  const expected = Array.from({ length: observers.length }, (_, i) => scenario.nodes + i + 1);
  if (observers.some((id, i) => id !== expected[i])) return `real runs number observers right after the voters (${expected.join(', ')}), not ${observers.join(', ')}`;
  return null;
}
