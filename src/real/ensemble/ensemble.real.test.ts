import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerId } from '../../core/types.ts';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import type { NodeSnapshot } from '../../driver/types.ts';
import { createBridgeClock } from '../bridgeClock.ts';
import type { EnsembleSetup } from '../contract.ts';
import { planPorts } from '../portPlan.ts';
import { eventually } from '../testing/eventually.ts';
import { findZookeeper } from '../zookeeperInstall.ts';
import { createEnsemble, type RealEnsemble } from './ensemble.ts';
import type { RealStatus } from './nodeSnapshot.ts';

// Real ZooKeeper servers on 127.0.0.1 (ports from 20000), peers at their real ports (no relay).
// Eventual states with generous deadlines; the only time bounds are "not at once" lower bounds.

const found = findZookeeper({});
const skipReason = found.ok ? '' : ` (skipped: ${found.message})`;


let describeState: () => string = () => '';

const waitFor = <T>(what: string, deadlineMs: number, probe: () => T | null | undefined | false): Promise<T> => eventually(what, probe, deadlineMs, describeState);

/** The serving leader, when it leads all the other running servers, which follow it and are synced. */
function servingLeader(nodes: NodeSnapshot[], expectedFollowers: number): NodeSnapshot | null {
  const leaders = nodes.filter((n) => n.status === 'up' && n.role === 'leading' && n.established);
  if (leaders.length !== 1) return null;
  const leader = leaders[0] as NodeSnapshot;
  const followers = nodes.filter((n) => n.status === 'up' && n.role === 'following' && n.established && n.leader === leader.id);
  return followers.length === expectedFollowers ? leader : null;
}

function summary(nodes: NodeSnapshot[]): string {
  return nodes.map((n) => `${n.id} ${n.status} ${n.role}${n.established ? ' established' : ''} leader ${n.leader}`).join('; ');
}

function setupFor(ids: ServerId[], basePort: number, workDir: string): EnsembleSetup {
  if (!found.ok) throw new Error('no ZooKeeper');
  return { voters: ids, observers: [], tickTimeMs: 200, initLimitTicks: 10, syncLimitTicks: 2, minSessionTimeoutMs: 400, maxSessionTimeoutMs: 20_000, java: found.java, classpath: found.classpath, workDir, ports: planPorts(ids, basePort) };
}

function pidsAlive(pids: number[]): number[] {
  return pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}

async function idleCpuPercent(windowMs: number): Promise<number> {
  const before = process.cpuUsage();
  const startedMs = performance.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const used = process.cpuUsage(before);
  return ((used.user + used.system) / 1000 / (performance.now() - startedMs)) * 100;
}

describe.skipIf(!found.ok)(`a real 3-server ensemble${skipReason}`, () => {
  const clock = createBridgeClock();
  const records: ObservedRecord[] = [];
  let workDir = '';
  let pidDir = '';
  let ensemble: RealEnsemble;
  let started: number[] = [];

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'zk-ensemble-test-'));
    pidDir = mkdtempSync(join(tmpdir(), 'zk-ensemble-pids-'));
    ensemble = createEnsemble(setupFor([1, 2, 3], 20000, workDir), clock, (r) => records.push(r), { direct: true, pidDir });
    describeState = () => summary(ensemble.nodes());
  });

  afterAll(async () => {
    await ensemble.stopAll();
    expect(pidsAlive(started)).toEqual([]);
    rmSync(workDir, { recursive: true, force: true });
    rmSync(pidDir, { recursive: true, force: true });
  }, 30_000);

  const remember = () => (started = [...new Set([...started, ...ensemble.pids().values()])]);

  it('elects one leader with two followers', async () => {
    const t0 = clock.nowMs();
    await ensemble.start();
    remember();
    const leader = await waitFor('a serving leader with two followers', 30_000, () => servingLeader(ensemble.nodes(), 2));
    console.info(`[measured] start to serving quorum (poll): ${Math.round(clock.nowMs() - t0)} ms; leader ${leader.id}`);
    expect(ensemble.zookeeperVersion()).toMatch(/^3\./);
    expect(records.filter((r) => r.kind === 'process-started')).toHaveLength(3);
    // The logs are tailed apart from the polls, so their lines can come after the polls saw the leader.
    await waitFor('a notification in the servers\' logs', 30_000, () => records.some((r) => r.kind === 'notification-seen' && r.source === 'log'));
    await waitFor('the leader\'s election in the records', 30_000, () => records.some((r) => r.kind === 'leader-elected' && r.node === leader.id));
    expect(ensemble.polledZxid(leader.id)).not.toBeNull();
    // The epoch files are read a few times a second, not with every poll.
    await waitFor("the leader's epoch files", 5_000, () => (ensemble.nodes().find((n) => n.id === leader.id)?.currentEpoch ?? 0) > 0);
  }, 40_000);

  it('kill -9 of the leader: a new leader, then the old one back as a follower', async () => {
    const old = servingLeader(ensemble.nodes(), 2) as NodeSnapshot;
    const killedAt = clock.nowMs();
    ensemble.kill(old.id);
    const next = await waitFor('a new serving leader with one follower', 20_000, () => {
      const nodes = ensemble.nodes();
      return nodes.find((n) => n.id === old.id)?.status === 'down' ? servingLeader(nodes, 1) : null;
    });
    const polledMs = clock.nowMs() - killedAt;
    expect(next.id).not.toBe(old.id);
    const decided = await waitFor('the new leader in its log', 5_000, () => records.find((r) => r.t > killedAt && r.kind === 'state-change' && r.change === 'decided' && r.next === 'lead'));
    console.info(`[measured] kill-leader to new leader: log ${Math.round(decided.t - killedAt)} ms, poll ${Math.round(polledMs)} ms`);
    expect(records.find((r) => r.kind === 'process-exited' && r.node === old.id)).toMatchObject({ expected: true, signal: 'SIGKILL' });

    await ensemble.restart(old.id);
    remember();
    const back = await waitFor('the old leader following the new one', 30_000, () => {
      const nodes = ensemble.nodes();
      const rejoined = nodes.find((n) => n.id === old.id);
      return servingLeader(nodes, 2)?.id === next.id && rejoined?.role === 'following' ? rejoined : null;
    });
    expect(back.leader).toBe(next.id);
  }, 60_000);

  it('SIGSTOP of the leader is noticed only after syncLimit × tickTime, and SIGCONT brings a full ensemble back', async () => {
    const leader = servingLeader(ensemble.nodes(), 2) as NodeSnapshot;
    const pausedAt = clock.nowMs();
    ensemble.pause(leader.id);
    expect(ensemble.nodes().find((n) => n.id === leader.id)?.status).toBe('paused');
    const suspicion = await waitFor('a follower suspecting the paused leader', 15_000, () =>
      records.find((r) => r.t > pausedAt && r.kind === 'peer-suspected' && r.peer === leader.id),
    );
    // Not at once: the follower's read timeout (syncLimit × tickTime = 400 ms) has to pass first.
    expect(suspicion.t - pausedAt).toBeGreaterThan(200);
    expect(suspicion).toMatchObject({ cause: 'leader-silent', limit: { name: 'syncLimit', ticks: 2, tickTimeMs: 200 } });
    console.info(`[measured] SIGSTOP of the leader to a follower's suspicion (log): ${Math.round(suspicion.t - pausedAt)} ms`);
    // A paused JVM is 'paused', never 'unresponsive': the silence is ours.
    expect(records.some((r) => r.t > pausedAt && r.kind === 'poll-silence' && r.node === leader.id)).toBe(false);
    ensemble.resume(leader.id);
    await waitFor('a serving leader with two followers after SIGCONT', 30_000, () => servingLeader(ensemble.nodes(), 2));
  }, 60_000);

  it('a JVM stopped by someone else becomes unresponsive, and up again when it answers', async () => {
    const leader = await waitFor('a serving leader with two followers', 30_000, () => servingLeader(ensemble.nodes(), 2));
    const follower = ensemble.nodes().find((n) => n.id !== leader.id) as NodeSnapshot;
    const pid = ensemble.pids().get(follower.id) as number;
    const stoppedAt = clock.nowMs();
    process.kill(pid, 'SIGSTOP');
    try {
      await waitFor('the follower unresponsive', 10_000, () => (ensemble.nodes().find((n) => n.id === follower.id)?.status as RealStatus | undefined) === 'unresponsive');
      expect(records.find((r) => r.t > stoppedAt && r.kind === 'poll-silence' && r.node === follower.id)).toMatchObject({ answering: false, source: 'poll' });
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await waitFor('the follower answering again', 10_000, () => ensemble.nodes().find((n) => n.id === follower.id)?.status === 'up');
    expect(records.find((r) => r.t > stoppedAt && r.kind === 'poll-silence' && r.node === follower.id && r.answering)).toBeDefined();
    expect(ensemble.observation().servers.find((s) => s.id === follower.id)?.answering).toBe(true);
  }, 40_000);

  it('measures the idle CPU of the observation at 3 servers', async () => {
    await waitFor('a serving leader with two followers', 30_000, () => servingLeader(ensemble.nodes(), 2));
    const percent = await idleCpuPercent(10_000);
    console.info(`[measured] bridge-side observation CPU at 3 servers, 10 s idle: ${percent.toFixed(1)} % of one core`);
    expect(ensemble.observation().servers.every((s) => s.answering)).toBe(true);
  }, 20_000);

  it('stopAll leaves no JVM and can be called twice', async () => {
    await ensemble.stopAll();
    await ensemble.stopAll();
    expect(pidsAlive(started)).toEqual([]);
    expect(ensemble.nodes().every((n) => n.status === 'down')).toBe(true);
  }, 30_000);
});

describe.skipIf(!found.ok)(`a real 5-server ensemble, idle${skipReason}`, () => {
  const clock = createBridgeClock();
  let workDir = '';
  let pidDir = '';
  let ensemble: RealEnsemble | undefined;
  let started: number[] = [];

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'zk-ensemble-test5-'));
    pidDir = mkdtempSync(join(tmpdir(), 'zk-ensemble-pids5-'));
  });

  afterAll(async () => {
    await ensemble?.stopAll();
    expect(pidsAlive(started)).toEqual([]);
    rmSync(workDir, { recursive: true, force: true });
    rmSync(pidDir, { recursive: true, force: true });
  }, 30_000);

  it('serves with one leader and four followers; measures the idle CPU of the observation', async () => {
    const five = createEnsemble(setupFor([1, 2, 3, 4, 5], 20200, workDir), clock, () => {}, { direct: true, pidDir });
    ensemble = five;
    describeState = () => summary(five.nodes());
    const t0 = clock.nowMs();
    await five.start();
    started = [...five.pids().values()];
    await waitFor('a serving leader with four followers', 60_000, () => servingLeader(five.nodes(), 4));
    console.info(`[measured] 5 servers: start to serving quorum (poll): ${Math.round(clock.nowMs() - t0)} ms`);
    const percent = await idleCpuPercent(10_000);
    console.info(`[measured] bridge-side observation CPU at 5 servers, 10 s idle: ${percent.toFixed(1)} % of one core`);
    expect(five.observation().behind).toBe(false);
  }, 90_000);
});
