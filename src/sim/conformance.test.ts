import { describe, expect, it } from 'vitest';
import { defaultClusterSettings, rangeIds, type ClusterSettings } from '../core/config.ts';
import { cloneDurableState } from '../core/durable.ts';
import type { Input, Role, ServerId } from '../core/types.ts';
import { SimCluster } from './cluster.ts';

// Conformance with ZooKeeper's own tests, whole-ensemble cases: reference/zookeeper-facts.md,
// "Conformance cases" 13–15 and 29–32 (the others are in src/core/conformance.test.ts).
//
// Server ids: ZooKeeper's tests use sids 0…N-1; here sid s is our id s+1 (sid 0 → 1, sid 2 → 3).

// ------------------------------------------------------------------ helpers

function cluster(nodes: number, seed = 1, patch: Partial<ClusterSettings> = {}): SimCluster {
  return new SimCluster({ settings: { ...defaultClusterSettings(rangeIds(nodes)), ...patch }, seed });
}

/** Processes events until `pred` holds (checked after every event) or `withinMs` of simulated time pass. */
function runUntilTrue(c: SimCluster, pred: () => boolean, withinMs: number): boolean {
  const limit = c.nowMs + withinMs;
  if (pred()) return true;
  while (c.nextEventMs <= limit) {
    c.processNext();
    if (pred()) return true;
  }
  c.runUntil(limit);
  return pred();
}

/** Runs `forMs` of simulated time, calling `each` after every event. */
function watch(c: SimCluster, forMs: number, each: () => void): void {
  const limit = c.nowMs + forMs;
  while (c.nextEventMs <= limit) {
    c.processNext();
    each();
  }
  c.runUntil(limit);
}

function serving(c: SimCluster, sid: ServerId): boolean {
  const s = c.server(sid);
  return c.status(sid) === 'up' && s.isServing();
}

function followsAndServes(c: SimCluster, sid: ServerId, leader: ServerId): boolean {
  const s = c.server(sid);
  return (
    c.status(sid) === 'up' &&
    s.role === 'following' &&
    s.learner?.leaderId === leader &&
    s.learner.phase === 'serving'
  );
}

/** Role changes of one server, collapsed (looking, leading, looking, following, …). */
function roleTrail(c: SimCluster, sid: ServerId): { trail: Role[]; sample: () => void } {
  const trail: Role[] = [c.server(sid).role];
  return {
    trail,
    sample: () => {
      const role = c.server(sid).role;
      if (trail[trail.length - 1] !== role) trail.push(role);
    },
  };
}

/**
 * Hands one input straight to a server of the cluster, as the host would, outputs and all. Used only
 * where ZooKeeper's own test reaches into a peer (testElectionFraud); SimCluster keeps this private.
 */
function inject(c: SimCluster, sid: ServerId, input: Input): void {
  c.host(sid).inject(input);
}

/** A client session on `server` that writes one znode, waiting until `on` (default: every live server) applied it. */
function write(
  c: SimCluster,
  client: string,
  server: ServerId,
  path: string,
  value: string,
  on?: ServerId[],
): void {
  c.connectClient(client, server, 30_000);
  c.clientOp(client, { type: 'create', path, value, mode: 'persistent' });
  const targets = () => on ?? c.ids.filter((sid) => c.status(sid) === 'up');
  const applied = runUntilTrue(
    c,
    () => targets().every((sid) => c.server(sid).tree.get(path)?.value === value),
    10_000,
  );
  expect(applied).toBe(true);
}

// ------------------------------------------------------------------ election runs

describe('election runs in the simulator', () => {
  it('case 13: after the leader dies, a node starting with a lower round still elects with the survivor (FLENewEpochTest)', () => {
    // Goal: sids 1, 2 (our 2, 3) elect; 2 dies; sid 0 (our 1) starts in round 1 while our 2 is in a later round; 1 and 2 still elect. From FLENewEpochTest.testLENewEpoch.
    const c = cluster(3, 11);
    c.start(2);
    c.start(3);
    expect(runUntilTrue(c, () => c.serviceLeader() !== null, 10_000)).toBe(true);
    expect(c.serviceLeader()!.leader).toBe(3);
    c.kill(3);
    expect(runUntilTrue(c, () => c.server(2).role === 'looking', 5_000)).toBe(true);
    c.runUntil(c.nowMs + 1_000);
    const survivorRound = c.server(2).election.logicalClock;
    expect(survivorRound).toBeGreaterThanOrEqual(2);
    c.start(1);
    expect(c.server(1).election.logicalClock).toBe(1);
    expect(c.server(1).election.logicalClock).toBeLessThan(survivorRound);
    expect(runUntilTrue(c, () => c.serviceLeader() !== null, 10_000)).toBe(true);
    // Server 2 holds epoch-1 history, so it wins; server 1 caught up to the survivor's round.
    expect(c.serviceLeader()!.leader).toBe(2);
    expect(c.server(1).role).toBe('following');
    expect(c.server(1).currentVote.electionEpoch).toBeGreaterThanOrEqual(survivorRound);
    expect(c.invariants.violations).toEqual([]);
  });

  it('case 14: a fresh node joining a running ensemble follows, never leads (FLETest.testJoin, ZOOKEEPER-975)', () => {
    // Goal: sids 0, 1 (our 1, 2) form the ensemble; fresh sid 2 (our 3, the highest id) starts and must go FOLLOWING, never LEADING. From FLETest.testJoin.
    const c = cluster(3, 12);
    c.start(1);
    c.start(2);
    expect(runUntilTrue(c, () => c.serviceLeader() !== null, 10_000)).toBe(true);
    const leader = c.serviceLeader()!.leader;
    c.start(3);
    const { trail, sample } = roleTrail(c, 3);
    const joined = runUntilTrue(c, () => (sample(), followsAndServes(c, 3, leader)), 10_000);
    expect(joined).toBe(true);
    expect(trail).toEqual(['looking', 'following']);
    expect(c.serviceLeader()!.leader).toBe(leader);
    expect(c.invariants.violations).toEqual([]);
  });

  it('case 15: 7 nodes, the leader killed every round but the last: a majority agrees on one LEADING node (FLETest)', () => {
    // Goal: three election rounds among 7 servers, killing the leader after each of the first two; more than 3 servers end with the leader LEADING and the rest FOLLOWING it. From FLETest.testTripleElection (runElection(3)).
    const c = cluster(7, 13);
    c.startAll();
    expect(runUntilTrue(c, () => c.serviceLeader() !== null, 10_000)).toBe(true);
    const leaders: ServerId[] = [c.serviceLeader()!.leader];
    for (let round = 1; round < 3; round++) {
      const dead = leaders[leaders.length - 1]!;
      c.kill(dead);
      expect(runUntilTrue(c, () => (c.serviceLeader()?.leader ?? dead) !== dead, 30_000)).toBe(true);
      leaders.push(c.serviceLeader()!.leader);
    }
    c.runUntil(c.nowMs + 2_000);
    const final = c.serviceLeader()!;
    expect(new Set(leaders).size).toBe(3);
    expect(final.leader).toBe(leaders[2]);
    const live = c.ids.filter((sid) => c.status(sid) === 'up');
    expect(live).toHaveLength(5);
    const agree = live.filter((sid) =>
      sid === final.leader ? c.server(sid).role === 'leading' : followsAndServes(c, sid, final.leader),
    );
    expect(agree.length).toBeGreaterThan(3);
    expect(agree).toEqual(live);
    expect(c.invariants.violations).toEqual([]);
  });
});

describe('issue 7 in the simulator', () => {
  it('a one-voter ensemble elects itself, establishes its epoch and serves a write (QuorumCnxManager.toSend loopback)', () => {
    // Goal: with voters {1}, the server's own notification is its quorum; Zab needs no follower. From QuorumCnxManager.toSend / FastLeaderElection.lookForLeader.
    const c = cluster(1, 41);
    c.startAll();
    expect(runUntilTrue(c, () => serving(c, 1), 1_000)).toBe(true);
    expect(c.server(1).role).toBe('leading');
    expect(c.serviceLeader()).toEqual({ leader: 1, epoch: 1 });
    write(c, 'w', 1, '/solo', 'yes');
    expect(c.invariants.violations).toEqual([]);
  });
});

// ------------------------------------------------------------------ quorums and recovery

describe('quorums and recovery in the simulator', () => {
  it('case 29: a write logged only by the old leader is rolled back after it rejoins, and it catches up (testEarlyLeaderAbandonment, testHighestZxidJoinLate)', () => {
    // Goal: the leader, cut off, logs a write no follower sees; the others elect and write on; when the old leader rejoins (holding the highest zxid) its write is gone everywhere and it has the later write. From QuorumPeerMainTest.testEarlyLeaderAbandonment / testHighestZxidJoinLate.
    const c = cluster(3, 29);
    c.startAll();
    expect(runUntilTrue(c, () => c.serviceLeader() !== null, 10_000)).toBe(true);
    const old = c.serviceLeader()!.leader;
    const others = c.ids.filter((sid) => sid !== old);
    write(c, 'w', old, '/data', '1');

    c.network.partition([[old], others]);
    c.clientOp('w', { type: 'set', path: '/data', value: '2', version: -1 });
    const logged = runUntilTrue(
      c,
      () => c.server(old).durable.log.some((t) => t.op.type === 'set' && t.op.value === '2'),
      1_000,
    );
    expect(logged).toBe(true);
    c.vanishClient('w'); // the writer dies with it: nobody retries the lost write elsewhere
    const lost = c.server(old).durable.log.find((t) => t.op.type === 'set' && t.op.value === '2')!;
    expect(c.server(old).lastLoggedZxid()).toBe(lost.zxid);
    for (const sid of others) expect(c.server(sid).lastLoggedZxid()).toBeLessThan(lost.zxid);

    expect(runUntilTrue(c, () => (c.serviceLeader()?.leader ?? old) !== old, 60_000)).toBe(true);
    const next = c.serviceLeader()!.leader;
    write(c, 'w2', next, '/other', 'after', others);

    c.network.heal();
    expect(runUntilTrue(c, () => followsAndServes(c, old, next), 60_000)).toBe(true);
    for (const sid of c.ids) {
      expect(c.server(sid).tree.get('/data')?.value).toBe('1');
      expect(c.server(sid).tree.get('/other')?.value).toBe('after');
      expect(c.server(sid).durable.log.some((t) => t.zxid === lost.zxid)).toBe(false);
    }
    expect(c.invariants.violations).toEqual([]);
  });

  it('case 30: a follower forced into LEADING goes LEADING → LOOKING → FOLLOWING; the real leader stays (testElectionFraud)', () => {
    // Goal: a follower that wrongly believes it leads gets no followers within initLimit, gives up, and rejoins the real leader, which never stops leading. From QuorumPeerMainTest.testElectionFraud.
    const c = cluster(3, 30);
    c.startAll();
    expect(runUntilTrue(c, () => c.serviceLeader() !== null, 10_000)).toBe(true);
    const trueLeader = c.serviceLeader()!.leader;
    const epoch = c.serviceLeader()!.epoch;
    const falseLeader = c.ids.find((sid) => sid !== trueLeader)!;
    expect(runUntilTrue(c, () => followsAndServes(c, falseLeader, trueLeader), 10_000)).toBe(true);

    // As in the Java test: drop its connection to the leader, then convince it that it leads
    // (forged LOOKING votes for itself from the other voters, then its finalizeWait timer).
    inject(c, falseLeader, { kind: 'peer-reset', peer: trueLeader });
    const f = c.server(falseLeader);
    expect(f.role).toBe('looking');
    const forged = {
      leader: falseLeader,
      zxid: f.lastLoggedZxid(),
      electionEpoch: f.election.logicalClock,
      peerEpoch: f.durable.currentEpoch,
      state: 'looking' as const,
    };
    for (const sid of c.ids)
      if (sid !== falseLeader)
        inject(c, falseLeader, { kind: 'message', from: sid, message: { type: 'notification', ...forged } });
    inject(c, falseLeader, { kind: 'timer', name: 'fle-poll' });
    expect(c.server(falseLeader).role).toBe('leading');

    const { trail, sample } = roleTrail(c, falseLeader);
    let trueLeaderLeftRole = false;
    const rejoined = runUntilTrue(
      c,
      () => {
        sample();
        if (c.server(trueLeader).role !== 'leading') trueLeaderLeftRole = true;
        return followsAndServes(c, falseLeader, trueLeader);
      },
      3 * c.settings.initLimitTicks * c.settings.tickTimeMs,
    );
    expect(rejoined).toBe(true);
    expect(trail).toEqual(['leading', 'looking', 'following']);
    expect(trueLeaderLeftRole).toBe(false);
    expect(c.serviceLeader()).toEqual({ leader: trueLeader, epoch });
    expect(c.events.some((e) => e.kind === 'leader-elected' && e.node === falseLeader)).toBe(false);
    expect(c.invariants.violations).toEqual([]);
  });

  it('case 31: a server whose epoch is ahead of the newly elected leader never joins it (QuorumZxidSyncTest.testBehindLeader)', () => {
    // Goal: after several epochs, servers 1–4 lose their data and elect a leader of epoch 1; server 5, still holding the later epochs, must never sync with it. From QuorumZxidSyncTest.testBehindLeader.
    const a = cluster(5, 31);
    a.startAll();
    expect(runUntilTrue(a, () => a.serviceLeader() !== null, 10_000)).toBe(true);
    for (let k = 0; k < 3; k++) {
      write(a, `c${k}`, a.serviceLeader()!.leader, `/${k}`, `${k}`);
      a.vanishClient(`c${k}`);
      for (const sid of a.ids) a.restart(sid); // "crank up the epoch numbers"
      expect(
        runUntilTrue(a, () => a.serviceLeader() !== null && a.ids.every((sid) => serving(a, sid)), 20_000),
      ).toBe(true);
    }
    const ahead = a.server(5).durable;
    expect(ahead.currentEpoch).toBeGreaterThanOrEqual(3);
    expect(a.server(5).tree.get('/2')?.value).toBe('2');

    // Servers 1–4 with wiped data directories, server 5 with its disk as it was.
    const b = cluster(5, 131);
    b.replaceDisk(5, cloneDurableState(ahead));
    for (const sid of [1, 2, 3, 4]) b.start(sid);
    expect(
      runUntilTrue(
        b,
        () => b.serviceLeader() !== null && [1, 2, 3, 4].every((sid) => serving(b, sid)),
        20_000,
      ),
    ).toBe(true);
    const fresh = b.serviceLeader()!;
    expect(fresh.epoch).toBe(1);
    b.restart(5);
    let tried = false;
    let joined = false;
    watch(b, 60_000, () => {
      if (b.server(5).role === 'following') tried = true;
      if (serving(b, 5)) joined = true;
    });
    expect(tried).toBe(true); // it did find the leader …
    expect(joined).toBe(false); // … and never synced with it
    expect(b.server(5).durable.currentEpoch).toBe(ahead.currentEpoch);
    expect(b.server(5).durable.acceptedEpoch).toBe(ahead.acceptedEpoch);
    expect(b.server(5).tree.get('/2')?.value).toBe('2');
    expect(b.serviceLeader()).toEqual(fresh);
  });

  it('case 32: a follower that fails holding an uncommitted closeSession comes back without the ephemeral node (EphemeralNodeDeletionTest, ZOOKEEPER-2355)', () => {
    // Goal: the follower logs the closeSession proposal, dies before its COMMIT, restarts and syncs: the session's ephemeral znode must be gone there too. From EphemeralNodeDeletionTest.testEphemeralNodeDeletion.
    const c = cluster(3, 32);
    c.startAll();
    expect(runUntilTrue(c, () => c.serviceLeader() !== null, 10_000)).toBe(true);
    const leader = c.serviceLeader()!.leader;
    const follower = c.ids.find((sid) => sid !== leader)!;
    c.connectClient('c1', follower, 30_000);
    c.clientOp('c1', { type: 'create', path: '/e1', value: 'x', mode: 'ephemeral' });
    expect(runUntilTrue(c, () => c.ids.every((sid) => c.server(sid).tree.exists('/e1')), 10_000)).toBe(true);
    const sessionId = c.server(follower).tree.get('/e1')!.ephemeralOwner;
    expect(sessionId).not.toBe(0);

    c.clientOp('c1', { type: 'close' });
    const f = c.server(follower);
    const holdsUncommittedClose = () =>
      f.durable.log.some((t) => t.op.type === 'closeSession' && t.op.sessionId === sessionId) &&
      f.tree.exists('/e1');
    expect(runUntilTrue(c, holdsUncommittedClose, 5_000)).toBe(true);
    c.crash(follower);
    expect(runUntilTrue(c, () => !c.server(leader).tree.exists('/e1'), 10_000)).toBe(true);

    c.restart(follower);
    expect(runUntilTrue(c, () => followsAndServes(c, follower, leader), 30_000)).toBe(true);
    for (const sid of c.ids) expect(c.server(sid).tree.exists('/e1')).toBe(false);
    expect(c.server(follower).tree.hasSession(sessionId)).toBe(false);
    expect(c.invariants.violations).toEqual([]);
  });
});
