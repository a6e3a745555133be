import { describe, expect, it } from 'vitest';
import { defaultClusterSettings, rangeIds, type ClusterSettings } from '../core/config.ts';
import { createPrng } from '../core/prng.ts';
import { ZkServer } from '../core/server.ts';
import type { DurableState, Input, ServerConfig, ServerId, ServerView } from '../core/types.ts';
import type { TimelineRecord } from '../host/records.ts';
import { FakeWorld, InProcessSwitch, flushMicrotasks } from '../runtime/fakeHostEnv.ts';
import type { FromWorker, ToWorker } from '../runtime/protocol.ts';
import { Supervisor, type WorkerLike } from '../runtime/supervisor.ts';
import { WorkerHost } from '../runtime/workerHost.ts';
import { SimCluster } from '../sim/cluster.ts';

// The host contract (issue 7): the simulator's host and the browser's host run the same kernel, so
// the same actions at the same simulated times must give every core the same inputs at the same
// times, and the same timeline. The browser side here is the real stack (Supervisor, WorkerHost,
// PeerTransport, TelemetryBatcher, ClientHost) over fake timers, channels and storage.

type Action =
  | { kind: 'crash' | 'kill' | 'pause' | 'resume' | 'restart'; id: ServerId }
  | { kind: 'partition'; groups: ServerId[][] }
  | { kind: 'heal' }
  | { kind: 'connect'; client: string; server: ServerId }
  | { kind: 'create'; client: string; path: string; value: string };

interface Step {
  atMs: number;
  action: Action;
}

interface Case {
  name: string;
  voters: number;
  /** Servers that start with the ensemble; the others wait for a `restart`. */
  startWith: ServerId[];
  steps: Step[];
  untilMs: number;
}

/** Every input each core got, as `<ms> <input>`, per incarnation (`<id>#<n>`). */
type InputLog = Map<string, string[]>;

const LATENCY_MS = 5;

function recordingCore(log: InputLog, untilMs: number): (config: ServerConfig, durable: DurableState) => ZkServer {
  const started = new Map<ServerId, number>();
  return (config, durable) => {
    // Seeded by server only, so both hosts build identical cores; the simulator also builds a core
    // for a server that has not started yet, so incarnations count from the first input.
    const core = new ZkServer(config, durable, createPrng(config.id));
    let lines: string[] | null = null;
    const step = core.step.bind(core);
    core.step = (input, nowMs) => {
      if (!lines) {
        const n = (started.get(config.id) ?? 0) + 1;
        started.set(config.id, n);
        lines = [];
        log.set(`${config.id}#${n}`, lines);
      }
      if (nowMs <= untilMs) lines.push(`${nowMs} ${describeInput(input)}`);
      return step(input, nowMs);
    };
    return core;
  };
}

/**
 * Inputs in time order; within one ms, sorted: two senders' packets due at the same ms may arrive
 * in either order in a browser (they are separate threads), and both orders are real executions.
 */
function normalized(lines: string[]): string[] {
  const byMs = new Map<string, string[]>();
  for (const line of lines) {
    const ms = line.slice(0, line.indexOf(' '));
    byMs.set(ms, [...(byMs.get(ms) ?? []), line]);
  }
  return [...byMs.values()].flatMap((group) => group.sort());
}

function describeInput(input: Input): string {
  switch (input.kind) {
    case 'message':
      return `from ${input.from} ${input.message.type}`;
    case 'client':
      return `client ${input.message.client} ${input.message.op.type}`;
    case 'timer':
      return `timer ${input.name}`;
    case 'peer-reset':
      return `reset by ${input.peer}`;
    case 'client-gone':
      return `client-gone ${input.client}`;
    case 'start':
      return 'start';
  }
}

const settingsOf = (c: Case): ClusterSettings => defaultClusterSettings(rangeIds(c.voters));

function runSimulator(c: Case): { inputs: InputLog; records: TimelineRecord[]; views: ServerView[] } {
  const inputs: InputLog = new Map();
  const make = recordingCore(inputs, c.untilMs);
  const sim = new SimCluster({ settings: settingsOf(c), seed: 1, latencyMs: LATENCY_MS, jitterMs: 0, createCore: (config, durable) => make(config, durable) });
  for (const id of c.startWith) sim.start(id);
  for (const { atMs, action } of c.steps) {
    sim.runUntil(atMs);
    if (action.kind === 'partition') sim.network.partition(action.groups);
    else if (action.kind === 'heal') sim.network.heal();
    else if (action.kind === 'connect') sim.connectClient(action.client, action.server, 6000);
    else if (action.kind === 'create') sim.clientOp(action.client, { type: 'create', path: action.path, value: action.value, mode: 'persistent' });
    else sim[action.kind](action.id);
  }
  sim.runUntil(c.untilMs);
  return { inputs, records: sim.events, views: sim.views().map(({ status: _status, ...view }) => view) };
}

/** A Worker that runs a WorkerHost in this thread, with the fake world's timers and channels. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private host: WorkerHost | null = null;
  private terminated = false;

  constructor(
    private readonly world: FakeWorld,
    private readonly stores: Map<string, import('../host/durableStore.ts').DurableStore>,
    private readonly createCore: (config: ServerConfig, durable: DurableState) => ZkServer,
  ) {}

  postMessage(message: ToWorker): void {
    const copy = structuredClone(message);
    queueMicrotask(() => {
      if (this.terminated) return;
      if (copy.type === 'init') {
        const posts: FromWorker[] = [];
        const env = this.world.env(posts, this.stores, (config, durable) => this.createCore(config, durable));
        env.post = (m) => queueMicrotask(() => !this.terminated && this.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromWorker>));
        this.host = new WorkerHost(env, copy);
        void this.host.load();
      } else {
        this.host?.control(copy);
      }
    });
  }

  terminate(): void {
    this.terminated = true;
    this.host?.stop();
  }
}

/** Where the browser hosts keep their disks: a store per worker (as IndexedDB), or the supervisor's memory. */
type Disks = 'store' | 'memory';

async function runBrowserHosts(c: Case, disks: Disks): Promise<{ inputs: InputLog; records: TimelineRecord[]; views: ServerView[] }> {
  const world = new FakeWorld();
  world.transportMs = 0.2;
  const inputs: InputLog = new Map();
  const make = recordingCore(inputs, c.untilMs);
  const stores = new Map();
  const records: TimelineRecord[] = [];
  const sup = new Supervisor({
    listener: { onRecord: (r) => records.push(r), onChange: () => {} },
    spawnWorker: () => new InProcessWorker(world, stores, make),
    spawnSwitch: () => new InProcessSwitch(world),
    timers: { realNowMs: () => world.realMs, setTimer: (cb, ms) => world.setTimer(cb, ms), clearTimer: (h) => world.clearTimer(h) },
    probeDisk: async () => (disks === 'memory' ? { cause: 'missing' } : null),
  });
  sup.start({ settings: settingsOf(c), seed: 1, latencyMs: LATENCY_MS, jitterMs: 0 });
  for (const id of sup.ids) if (!c.startWith.includes(id)) sup.crash(id);
  for (let i = 0; i < 20 && !sup.started; i++) await flushMicrotasks();
  expect(sup.started).toBe(true);
  // The page loads the client code with the tabs that connect clients, before any connect.
  await sup.prepareClients();
  const base = world.realMs;
  for (const { atMs, action } of c.steps) {
    await world.advance(base + atMs - world.realMs);
    if (action.kind === 'partition') sup.mutateNetwork((m) => m.partition(action.groups));
    else if (action.kind === 'heal') sup.mutateNetwork((m) => m.heal());
    else if (action.kind === 'connect') sup.connectClient(action.client, action.server, 6000);
    else if (action.kind === 'create') sup.clientOp(action.client, { type: 'create', path: action.path, value: action.value, mode: 'persistent' });
    else sup[action.kind](action.id);
    await flushMicrotasks();
  }
  await world.advance(base + c.untilMs - world.realMs);
  // Telemetry batches snapshots: let the last ones out.
  await world.advance(1000);
  const views = sup.nodes().map((n) => n.view);
  sup.dispose();
  return { inputs, records, views };
}

const CASES: Case[] = [
  {
    // The drift issue 7 reproduced: a paused server's frozen FLE poll must not skip finalizeWait.
    name: 'a server paused with its FLE poll due resumes and still waits finalizeWait',
    voters: 2,
    startWith: [1],
    steps: [
      { atMs: 10, action: { kind: 'pause', id: 1 } },
      { atMs: 1000, action: { kind: 'restart', id: 2 } },
      { atMs: 1100, action: { kind: 'resume', id: 1 } },
    ],
    untilMs: 5000,
  },
  {
    name: 'kill, crash, restart, pause and a partition with a heal',
    voters: 3,
    startWith: [1, 2, 3],
    steps: [
      { atMs: 2000, action: { kind: 'connect', client: 'c1', server: 1 } },
      { atMs: 2500, action: { kind: 'create', client: 'c1', path: '/a', value: 'x' } },
      { atMs: 3000, action: { kind: 'kill', id: 3 } },
      { atMs: 6000, action: { kind: 'restart', id: 3 } },
      { atMs: 9000, action: { kind: 'crash', id: 1 } },
      { atMs: 20000, action: { kind: 'restart', id: 1 } },
      { atMs: 24000, action: { kind: 'pause', id: 2 } },
      { atMs: 25500, action: { kind: 'resume', id: 2 } },
      { atMs: 30000, action: { kind: 'partition', groups: [[1, 2], [3]] } },
      { atMs: 31500, action: { kind: 'heal' } },
      { atMs: 33000, action: { kind: 'partition', groups: [[1], [2, 3]] } },
      { atMs: 50000, action: { kind: 'heal' } },
    ],
    untilMs: 70000,
  },
];

/** Who, what and when; not the words, which name (say) which ack of one ms arrived first. */
const timeline = (records: TimelineRecord[]): string[] => records.map((r) => `${r.t} ${r.node ?? '-'} ${r.client ?? ''} ${r.kind}`).sort();

describe('host contract: the simulator and the browser host run cores identically', () => {
  for (const c of CASES) for (const disks of ['store', 'memory'] as Disks[]) {
    it(`${c.name} (disks ${disks === 'store' ? 'in a store per worker' : "in the supervisor's memory"})`, async () => {
      const sim = runSimulator(c);
      const browser = await runBrowserHosts(c, disks);
      expect([...browser.inputs.keys()].sort()).toEqual([...sim.inputs.keys()].sort());
      for (const [incarnation, lines] of sim.inputs) expect(normalized(browser.inputs.get(incarnation) ?? []), incarnation).toEqual(normalized(lines));
      // The one record a tab without IndexedDB adds is the notice itself.
      const notices = browser.records.filter((r) => r.kind === 'disk-in-memory');
      expect(notices).toHaveLength(disks === 'memory' ? 1 : 0);
      const served = browser.records.filter((r) => r.kind !== 'disk-in-memory' && r.t <= c.untilMs);
      expect(timeline(served)).toEqual(timeline(sim.records));
      const roles = (views: ServerView[]) => views.map((v) => `${v.id} ${v.role} ${v.currentEpoch} ${v.lastZxid}`);
      expect(roles(browser.views)).toEqual(roles(sim.views));
    });
  }

  it('the resumed server decides its election only after finalizeWait (1,100 + 200 ms)', () => {
    const sim = runSimulator(CASES[0]!);
    const firstDecision = sim.records.filter((r) => r.node === 1 && r.kind === 'state-change' && (r.change === 'learning' || r.change === 'leading'))[0];
    expect(firstDecision?.t).toBe(1300);
  });
});
