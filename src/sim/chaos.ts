import { defaultClusterSettings, rangeIds, withTickTime, type ClusterSettings } from '../core/config.ts';
import { createPrng, type Prng } from '../core/prng.ts';
import type { ServerId } from '../core/types.ts';
import type { TimelineEvent } from './cluster.ts';
import type { Violation } from './invariants.ts';
import { runScenario, type SimReport } from './runner.ts';
import { formatScenarioErrors, parseScenario } from './scenario.ts';

// Seeded fault schedules (TigerBeetle's VOPR style). The seed first draws the run's options and the
// weight of every fault kind ("swarm testing": some kinds are off for a seed), then a safety phase of
// faults and client traffic drawn with those weights, then a heal phase after which a connected quorum
// must serve again within a stated bound. The schedule is written as a scenario script and run by the
// scenario runner like any other script, so `npm run sim -- --script` replays a printed schedule exactly.

export const FAULT_KINDS = [
  'crash',
  'kill',
  'pause',
  'resume',
  'restart',
  'partition',
  'cut',
  'heal',
  'heal-link',
  'drop',
  'drop-link',
  'delay',
  'delay-link',
  'duplicate',
  'connect',
  'disconnect',
  'client-op',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];
export type FaultWeights = Record<FaultKind, number>;

/** Each kind's mean weight before the swarm draw; client traffic dominates so that writes commit. */
const BASE_WEIGHTS: FaultWeights = {
  crash: 8,
  kill: 6,
  pause: 6,
  resume: 8,
  restart: 10,
  partition: 6,
  cut: 5,
  heal: 7,
  'heal-link': 3,
  drop: 3,
  'drop-link': 3,
  delay: 3,
  'delay-link': 3,
  duplicate: 2,
  connect: 6,
  disconnect: 3,
  'client-op': 27,
};

/** The chance that a seed leaves a fault kind out entirely. */
const KIND_OFF_CHANCE = 0.25;

export interface ChaosOptions {
  nodes: number;
  observers: number;
  settings: ClusterSettings;
  latencyMs: number;
  jitterMs: number;
  faultPhaseMs: number;
  /** Mean gap between two faults, ms. */
  faultGapMs: number;
  weights: FaultWeights;
}

export interface ChaosScript {
  seed: number;
  options: ChaosOptions;
  /** A scenario script; `npm run sim -- --script` runs it unchanged. */
  text: string;
  healedAtMs: number;
  livenessBoundMs: number;
}

export interface ChaosResult {
  seed: number;
  options: ChaosOptions;
  violations: Violation[];
  /** The schedule as a runnable script ('' when the generator itself failed). */
  script: string;
  healedAtMs: number;
  recoveredAfterMs: number | null;
  deliveredMessages: number;
  committed: number;
  final: SimReport['final'] | null;
  events: TimelineEvent[];
}

const PATHS = ['/a', '/b', '/c', '/a/x', '/b/y', '/q'];
const CREATE_MODES = ['persistent', 'ephemeral', 'persistent sequential', 'ephemeral sequential'];

export function chaosOptions(seed: number): ChaosOptions {
  const prng = createPrng(seed ^ 0x5eed);
  const nodes = prng.int(3, 7);
  const observers = prng.chance(0.15) ? prng.int(1, 2) : 0;
  const voters = rangeIds(nodes);
  const observerIds = rangeIds(observers, nodes + 1);
  const tickTimeMs = prng.pick([200, 500, 1000, 2000]);
  let settings = withTickTime(defaultClusterSettings(voters, observerIds), tickTimeMs);
  const detector = prng.chance(0.15) ? 'all-to-all' : 'zookeeper';
  const heartbeatMs = prng.pick([100, 250, 500, 1000]);
  settings = {
    ...settings,
    initLimitTicks: prng.int(2, 10),
    syncLimitTicks: prng.int(1, 5),
    detector,
    heartbeatMs,
    timeoutMs: heartbeatMs * prng.int(2, 5),
  };
  return {
    nodes,
    observers,
    settings,
    latencyMs: prng.int(1, 20),
    jitterMs: prng.int(0, 10),
    faultPhaseMs: 60_000 + prng.int(0, 20_000),
    faultGapMs: prng.pick([300, 1000, 3000]),
    weights: drawWeights(prng),
  };
}

/** Each kind is off with KIND_OFF_CHANCE, otherwise uniform in 1..2 × its base weight. */
function drawWeights(prng: Prng): FaultWeights {
  const weights = { ...BASE_WEIGHTS };
  for (const kind of FAULT_KINDS) weights[kind] = prng.chance(KIND_OFF_CHANCE) ? 0 : prng.int(1, 2 * BASE_WEIGHTS[kind]);
  if (FAULT_KINDS.every((kind) => weights[kind] === 0)) weights['client-op'] = 1;
  return weights;
}

export function formatWeights(weights: FaultWeights): string {
  return FAULT_KINDS.map((kind) => `${kind} ${weights[kind]}`).join(', ');
}

/**
 * How long a healed, connected quorum may take to serve again. After a long partition every LOOKING
 * server has backed off to maxNotificationInterval (60 s), and each notification it receives restarts
 * its poll wait (FastLeaderElection's recvqueue.poll). A LOOKING server never answers a same-round vote
 * worse than its own, so the better vote stays unheard until its holder's poll times out in a gap of the
 * sender's doubling resends: up to about three backoff periods (seed 35970 takes 153 s). Then
 * discovery and sync take up to initLimit each.
 */
export function livenessBoundMs(settings: ClusterSettings): number {
  return 3 * settings.maxNotificationIntervalMs + 2 * settings.initLimitTicks * settings.tickTimeMs + 10 * settings.tickTimeMs;
}

// ------------------------------------------------------------------ the schedule as a script

export function chaosScript(seed: number): ChaosScript {
  const options = chaosOptions(seed);
  const prng = createPrng(seed);
  const model = new ScheduleModel(options);
  const lines = [...scriptHeader(seed, options), 'at 0 start all'];
  let t = 0;
  for (;;) {
    t += 1 + Math.floor(prng.next() * 2 * options.faultGapMs);
    if (t >= options.faultPhaseMs) break;
    const statement = randomStatement(model, prng, pickKind(prng, options.weights));
    if (statement !== null) lines.push(`at ${t} ${statement}`);
  }
  const healedAtMs = options.faultPhaseMs;
  const boundMs = livenessBoundMs(options.settings);
  lines.push(...healPhase(model, healedAtMs, boundMs));
  return { seed, options, text: lines.join('\n') + '\n', healedAtMs, livenessBoundMs: boundMs };
}

function scriptHeader(seed: number, o: ChaosOptions): string[] {
  const s = o.settings;
  const observers = rangeIds(o.observers, o.nodes + 1);
  return [
    `# Chaos schedule of seed ${seed}: \`npm run chaos -- --seed ${seed} --print-script\` prints it again.`,
    `# Run it with \`npm run sim -- --script <this file>\`: the run is the chaos run, event for event.`,
    `# Swarm options: ${o.nodes} voters, ${o.observers} observer(s), fault phase ${o.faultPhaseMs} ms, mean gap between faults ${o.faultGapMs} ms.`,
    `# Fault weights: ${formatWeights(o.weights)}.`,
    `nodes ${o.nodes}`,
    ...(observers.length > 0 ? [`observers ${observers.join(',')}`] : []),
    `config tickTime=${s.tickTimeMs} initLimit=${s.initLimitTicks} syncLimit=${s.syncLimitTicks} detector=${s.detector} heartbeatMs=${s.heartbeatMs} timeoutMs=${s.timeoutMs}`,
    `network latency=${o.latencyMs} jitter=${o.jitterMs}`,
    `seed ${seed}`,
  ];
}

function healPhase(model: ScheduleModel, healedAtMs: number, boundMs: number): string[] {
  const servers = model.ids.flatMap((id) => {
    const status = model.status.get(id);
    if (status === 'paused') return [`at ${healedAtMs} resume ${id}`];
    return status === 'down' ? [`at ${healedAtMs} restart ${id}`] : [];
  });
  return [
    '# Heal phase: every server and every link back; then a leader with a synced quorum must serve',
    '# within 3 × maxNotificationInterval + 2 × initLimit × tickTime + 10 × tickTime.',
    ...servers,
    `at ${healedAtMs} heal all`,
    `expect at ${healedAtMs} within ${boundMs} leader any`,
    `run ${healedAtMs + boundMs} until decided`,
  ];
}

function pickKind(prng: Prng, weights: FaultWeights): FaultKind {
  const total = FAULT_KINDS.reduce((sum, kind) => sum + weights[kind], 0);
  let roll = prng.next() * total;
  let last: FaultKind = 'client-op';
  for (const kind of FAULT_KINDS) {
    if (weights[kind] === 0) continue;
    roll -= weights[kind];
    if (roll < 0) return kind;
    last = kind;
  }
  return last; // only if rounding left the roll at 0
}

/**
 * What the script will have done to servers, links and clients so far. Only the script changes a
 * server's status, so the generator knows it without running the cluster: it resumes only paused
 * servers, restarts mostly down ones, and heals exactly what is still broken at the end.
 */
class ScheduleModel {
  readonly ids: ServerId[];
  readonly tickTimeMs: number;
  readonly status = new Map<ServerId, 'up' | 'down' | 'paused'>();
  /** Clients connected and neither disconnected nor closed. */
  readonly clients: string[] = [];
  connectedEver = 0;
  /** Directed links ("1->2") with a cut, or with their own drop or delay. */
  readonly cutLinks = new Set<string>();
  readonly tunedLinks = new Set<string>();

  constructor(options: ChaosOptions) {
    this.ids = [...options.settings.voters, ...options.settings.observers];
    this.tickTimeMs = options.settings.tickTimeMs;
    for (const id of this.ids) this.status.set(id, 'up');
  }

  withStatus(wanted: (status: string) => boolean): ServerId[] {
    return this.ids.filter((id) => wanted(this.status.get(id)!));
  }
}

type StatementMaker = (model: ScheduleModel, prng: Prng) => string | null;

const STATEMENT_MAKERS: Record<FaultKind, StatementMaker> = {
  crash: (m, prng) => takeDown(m, prng, 'crash'),
  kill: (m, prng) => takeDown(m, prng, 'kill'),
  pause: (m, prng) => {
    const id = prng.pick(m.ids);
    if (m.status.get(id) === 'up') m.status.set(id, 'paused');
    return `pause ${id}`;
  },
  resume: (m, prng) => {
    const paused = m.withStatus((s) => s === 'paused');
    if (paused.length === 0) return null;
    const id = prng.pick(paused);
    m.status.set(id, 'up');
    return `resume ${id}`;
  },
  restart: (m, prng) => {
    const notUp = m.withStatus((s) => s !== 'up');
    const id = notUp.length > 0 && prng.chance(0.9) ? prng.pick(notUp) : prng.pick(m.ids);
    m.status.set(id, 'up');
    return `restart ${id}`;
  },
  partition: (m, prng) => {
    const groupCount = prng.int(2, 3);
    const groups: ServerId[][] = Array.from({ length: groupCount }, () => []);
    for (const id of m.ids) groups[prng.int(0, groupCount - 1)]!.push(id);
    return `partition ${groups.filter((g) => g.length > 0).map((g) => g.join(',')).join('|')}`;
  },
  cut: (m, prng) => {
    const [from, to] = randomLink(m, prng);
    const both = prng.chance(0.5);
    m.cutLinks.add(`${from}->${to}`);
    if (both) m.cutLinks.add(`${to}->${from}`);
    return `cut ${from}${both ? '<->' : '->'}${to}`;
  },
  heal: (m) => {
    m.cutLinks.clear();
    return 'heal';
  },
  'heal-link': (m, prng) => {
    const broken = [...new Set([...m.cutLinks, ...m.tunedLinks])];
    if (broken.length === 0) return null;
    const link = prng.pick(broken);
    const [from, to] = link.split('->');
    const both = prng.chance(0.5);
    for (const l of both ? [link, `${to}->${from}`] : [link]) {
      m.cutLinks.delete(l);
      m.tunedLinks.delete(l);
    }
    return `heal ${from}${both ? '<->' : '->'}${to}`;
  },
  drop: (_m, prng) => `drop ${prng.pick([0, 5, 20, 50])}%`,
  'drop-link': (m, prng) => {
    const [from, to] = randomLink(m, prng);
    m.tunedLinks.add(`${from}->${to}`);
    return `drop ${from}->${to} ${prng.pick([5, 20, 50])}%`;
  },
  delay: (_m, prng) => `delay ${prng.int(1, 200)} jitter ${prng.int(0, 100)}`,
  'delay-link': (m, prng) => {
    const [from, to] = randomLink(m, prng);
    m.tunedLinks.add(`${from}->${to}`);
    return `delay ${from}->${to} ${prng.int(1, 300)} jitter ${prng.int(0, 100)}`;
  },
  duplicate: (_m, prng) => `duplicate ${prng.pick([0, 5, 20])}%`,
  connect: (m, prng) => {
    const name = `c${++m.connectedEver}`;
    m.clients.push(name);
    return `connect ${name} to ${prng.pick(m.ids)} timeout=${prng.int(2, 20) * m.tickTimeMs}`;
  },
  disconnect: (m, prng) => {
    if (m.clients.length === 0) return null;
    const name = m.clients.splice(prng.int(0, m.clients.length - 1), 1)[0]!;
    return `${prng.chance(0.5) ? 'disconnect' : 'close'} ${name}`;
  },
  'client-op': (m, prng) => {
    if (m.clients.length === 0) return null;
    const name = prng.pick(m.clients);
    const path = prng.pick(PATHS);
    const value = `"v${prng.int(0, 999)}"`;
    const kind = prng.int(0, 9);
    if (kind < 4) return `create ${name} ${path} ${value} ${prng.pick(CREATE_MODES)}`;
    return kind < 8 ? `set ${name} ${path} ${value}` : `delete ${name} ${path}`;
  },
};

function randomStatement(model: ScheduleModel, prng: Prng, kind: FaultKind): string | null {
  return STATEMENT_MAKERS[kind](model, prng);
}

function takeDown(m: ScheduleModel, prng: Prng, how: 'crash' | 'kill'): string {
  const id = prng.pick(m.ids);
  m.status.set(id, 'down');
  return `${how} ${id}`;
}

function randomLink(m: ScheduleModel, prng: Prng): [ServerId, ServerId] {
  const from = prng.pick(m.ids);
  return [from, prng.pick(m.ids.filter((x) => x !== from))];
}

// ------------------------------------------------------------------ running a schedule

/** Runs one schedule: its script, through the scenario runner, as `npm run sim -- --script` would. */
export function runChaos(seed: number, recordEvents = false): ChaosResult {
  const script = chaosScript(seed);
  const report = runChaosScript(script.text, recordEvents);
  const liveness = report.expectations.find((x) => x.withinMs !== undefined && x.atMs === script.healedAtMs);
  const violations = [...report.violations];
  if (!liveness?.passed) {
    const text = `No leader with a synced quorum within ${script.livenessBoundMs} ms after every fault healed.`;
    violations.push({ t: liveness?.decidedAtMs ?? report.final.timeMs, rule: 'liveness', text, servers: [] });
  }
  return {
    seed,
    options: script.options,
    violations,
    script: script.text,
    healedAtMs: script.healedAtMs,
    recoveredAfterMs: liveness?.passed ? liveness.decidedAtMs - script.healedAtMs : null,
    deliveredMessages: report.deliveredMessages,
    committed: report.committedTransactions,
    final: report.final,
    events: report.events,
  };
}

function runChaosScript(text: string, recordEvents: boolean): SimReport {
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(`the generated script is malformed:\n${formatScenarioErrors(parsed.errors)}`);
  return runScenario(parsed.scenario, undefined, { recordEvents });
}

/** Runs one schedule; an exception inside the protocol is a failure of that seed, not of the suite. */
export function runChaosSafely(seed: number): ChaosResult {
  try {
    return runChaos(seed);
  } catch (error) {
    const text = `the simulation threw: ${(error as Error).message}`;
    let script = '';
    try {
      script = chaosScript(seed).text;
    } catch {
      // the generator itself threw: the message above says so
    }
    const failure: Violation = { t: -1, rule: 'exception', text, servers: [] };
    return { seed, options: chaosOptions(seed), violations: [failure], script, healedAtMs: 0, recoveredAfterMs: null, deliveredMessages: 0, committed: 0, final: null, events: [] };
  }
}

export function replayCommand(seed: number): string {
  return `npm run chaos -- --seed ${seed} --verbose`;
}

export function scriptCommand(seed: number): string {
  return `npm run chaos -- --seed ${seed} --print-script > chaos-${seed}.scn && npm run sim -- --script chaos-${seed}.scn`;
}

export function describeFailure(result: ChaosResult): string {
  const o = result.options;
  return [
    `chaos seed ${result.seed} FAILED: ${result.violations.length} violation(s)`,
    ...result.violations.map((v) => `  at ${v.t} ms [${v.rule}] ${v.text}`),
    `  options: ${o.nodes} voters, ${o.observers} observers, tickTime ${o.settings.tickTimeMs}, initLimit ${o.settings.initLimitTicks}, syncLimit ${o.settings.syncLimitTicks}, detector ${o.settings.detector}, latency ${o.latencyMs}±${o.jitterMs} ms`,
    `  fault weights: ${formatWeights(o.weights)}`,
    `  replay: ${replayCommand(result.seed)}`,
    `  script: ${scriptCommand(result.seed)}`,
  ].join('\n');
}
