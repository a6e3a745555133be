import { execFileSync, spawnSync } from 'node:child_process';
import zookeeper from 'node-zookeeper-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRelay } from './relay.ts';
import {
  modes,
  zookeeperMissing,
  startTestEnsemble,
  type Mode,
  type TestEnsemble,
} from './realEnsembleKit.ts';
import { planPorts, serverPorts, type PortPlan } from '../portPlan.ts';
import type { RelayControl } from '../contract.ts';
import type { ServerId } from '../../core/types.ts';
import type { MessageFlight } from '../../driver/types.ts';

// Three real ZooKeeper servers at tickTime 200, syncLimit 2, every peer connection through the
// relay. Deadlines are generous (a shared 2-core machine); the assertions are on eventual states.

const IDS: ServerId[] = [1, 2, 3];
const TICK_MS = 200;
const SYNC_LIMIT_TICKS = 2;
const SETTLE = { timeout: 40_000, interval: 100 };
/** Well under syncLimit × tickTime (400 ms), yet far above the 22–42 ms in which a kill -9 is noticed. */
const BEFORE_TIMEOUT_MS = 100;

const ssMissing = spawnSync('ss', ['-V']).error !== undefined;

let ensemble: TestEnsemble | null = null;
let relay: RelayControl | null = null;
let basePort = 23200;

afterEach(async () => {
  ensemble?.stopAll();
  ensemble = null;
  await relay?.stop();
  relay = null;
});

async function startThroughRelay(): Promise<{ plan: PortPlan; messages: MessageFlight[] }> {
  // A fresh range per test, so no port lingers from the previous one.
  const plan = planPorts(IDS, basePort);
  basePort += 100;
  const messages: MessageFlight[] = [];
  const clock = {
    nowMs: () => performance.now(),
    fromWallMs: (wallMs: number) => wallMs - Date.now() + performance.now(),
  };
  relay = createRelay({
    plan,
    clock,
    sink: () => undefined,
    syncLimitMs: TICK_MS * SYNC_LIMIT_TICKS,
    onMessage: (m) => messages.push(m),
  });
  await relay.start();
  ensemble = startTestEnsemble(plan, TICK_MS, SYNC_LIMIT_TICKS);
  return { plan, messages };
}

function count(seen: Map<ServerId, Mode>, mode: Mode): number {
  return [...seen.values()].filter((m) => m === mode).length;
}

/** Waits for exactly one leader and all the others following, among `ids`; returns the leader. */
async function settledLeader(plan: PortPlan, ids: readonly ServerId[]): Promise<ServerId> {
  let leader: ServerId | null = null;
  await vi.waitFor(async () => {
    const seen = await modes(plan, ids);
    expect([count(seen, 'leader'), count(seen, 'follower')]).toEqual([1, ids.length - 1]);
    leader = [...seen].find(([, m]) => m === 'leader')![0];
  }, SETTLE);
  return leader!;
}

/** Established TCP connections whose far end is one of `ports`, as "pid of the dialing process". */
function dialersOf(ports: Set<number>): number[] {
  const lines = execFileSync('ss', ['-Htnp', 'state', 'established'], { encoding: 'utf8' }).split('\n');
  const dialers: number[] = [];
  for (const line of lines) {
    const fields = line.trim().split(/\s+/);
    const peerPort = Number(fields[3]?.split(':').at(-1));
    if (!ports.has(peerPort)) continue;
    dialers.push(Number(/pid=(\d+)/.exec(line)?.[1] ?? -1));
  }
  return dialers;
}

/** One znode created through a real client session on `server`, so the leader proposes and commits. */
function createZnode(plan: PortPlan, server: ServerId, znode: string): Promise<void> {
  const client = zookeeper.createClient(`127.0.0.1:${serverPorts(plan, server).clientPort}`, {
    sessionTimeout: 4000,
    retries: 0,
  });
  return new Promise<void>((resolve, reject) => {
    client.once('connected', () =>
      client.create(znode, Buffer.from('relay'), (error) => {
        client.close();
        if (error) reject(error);
        else resolve();
      }),
    );
    client.connect();
  });
}

describe.skipIf(zookeeperMissing)(
  'the relay between three real ZooKeeper servers (skipped when java or /usr/share/java/zookeeper.jar is missing)',
  () => {
    it.skipIf(ssMissing)(
      'carries an election, dial-backs included: no server reaches another but through the relay (skipped when `ss` is missing)',
      async () => {
        const { plan } = await startThroughRelay();
        await settledLeader(plan, IDS);
        const realPorts = new Set(plan.servers.flatMap((s) => [s.electionPort, s.quorumPort]));
        const dialers = dialersOf(realPorts);
        // Three election connections (one per pair) and two learners' quorum connections, all the relay's.
        expect(dialers.length).toBeGreaterThanOrEqual(5);
        expect(new Set(dialers)).toEqual(new Set([process.pid]));
      },
      90_000,
    );

    it('decodes the election, the synchronisation and a write from the traffic it carries', async () => {
      const { plan, messages } = await startThroughRelay();
      const leader = await settledLeader(plan, IDS);
      const follower = IDS.find((id) => id !== leader)!;
      const types = new Set(messages.map((m) => m.type));
      for (const type of [
        'notification',
        'followerinfo',
        'leaderinfo',
        'ackepoch',
        'newleader',
        'uptodate',
      ]) {
        expect(types).toContain(type);
      }
      await createZnode(plan, follower, '/through-the-relay');
      await vi.waitFor(() => {
        const flights = messages.map((m) => `${m.type} ${m.from}→${m.to}`);
        expect(flights).toContain(`request ${follower}→${leader}`);
        expect(flights).toContain(`proposal ${leader}→${follower}`);
        expect(flights).toContain(`ack ${follower}→${leader}`);
        expect(flights).toContain(`commit ${leader}→${follower}`);
      }, SETTLE);
    }, 90_000);

    it('a one-way cut leader → follower: the follower times out and looks, and rejoins after the heal', async () => {
      const { plan } = await startThroughRelay();
      const leader = await settledLeader(plan, IDS);
      const follower = IDS.find((id) => id !== leader)!;
      relay!.cut({ from: leader, to: follower });
      await vi.waitFor(
        async () => expect((await modes(plan, [follower])).get(follower)).toBe('not-serving'),
        SETTLE,
      );
      expect((await modes(plan, [leader])).get(leader)).toBe('leader');
      relay!.restore({ from: leader, to: follower });
      await settledLeader(plan, IDS);
    }, 90_000);

    it('a partition with the leader in the minority: the majority elects a new leader and the old one steps down', async () => {
      const { plan } = await startThroughRelay();
      const oldLeader = await settledLeader(plan, IDS);
      const majority = IDS.filter((id) => id !== oldLeader);
      relay!.setPartition([[oldLeader], majority]);
      await vi.waitFor(async () => {
        const seen = await modes(plan, IDS);
        expect(seen.get(oldLeader)).toBe('not-serving');
        expect([count(seen, 'leader'), count(seen, 'follower')]).toEqual([1, 1]);
      }, SETTLE);
      relay!.setPartition(null);
      await settledLeader(plan, IDS);
    }, 90_000);

    it('a host crash of the leader is noticed by timeout, not at once; the others re-elect, and it rejoins on restart', async () => {
      const { plan } = await startThroughRelay();
      const leader = await settledLeader(plan, IDS);
      const survivors = IDS.filter((id) => id !== leader);
      relay!.silence(leader);
      ensemble!.kill(leader);
      const crashedAt = performance.now();
      // Every answer that came back well inside syncLimit × tickTime must still say "follower":
      // a crash must not look like a kill -9, which peers notice through the FIN within tens of ms.
      let earlyAnswers = 0;
      while (performance.now() - crashedAt < BEFORE_TIMEOUT_MS) {
        const seen = await modes(plan, survivors);
        if (performance.now() - crashedAt >= BEFORE_TIMEOUT_MS) break;
        expect(count(seen, 'follower')).toBe(survivors.length);
        earlyAnswers++;
      }
      expect(earlyAnswers).toBeGreaterThan(0);
      await settledLeader(plan, survivors);
      relay!.unsilence(leader);
      ensemble!.start(leader);
      await vi.waitFor(async () => {
        const seen = await modes(plan, IDS);
        expect([count(seen, 'leader'), count(seen, 'follower')]).toEqual([1, 2]);
        expect(seen.get(leader)).toBe('follower');
      }, SETTLE);
    }, 90_000);
  },
);
