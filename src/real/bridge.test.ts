import { describe, expect, it } from 'vitest';
import type { NodeSnapshot } from '../driver/types.ts';
import type { ObservedRecord } from '../driver/real/protocol.ts';
import { Bridge } from './bridge.ts';
import type { ClientControl, EnsembleControl, LinkActivity, RelayControl } from './contract.ts';

function node(
  id: number,
  role: NodeSnapshot['role'],
  leader: number | null,
  status: NodeSnapshot['status'] = 'up',
): NodeSnapshot {
  return {
    id,
    role,
    leader,
    status,
    atMs: 0,
    tree: [],
    acceptedEpoch: 1,
    currentEpoch: 1,
    lastZxid: 0,
    lastCommittedZxid: 0,
    established: true,
    electionRound: 1,
    electionPoll: null,
    vote: null,
    watches: [],
    syncedLearners: [],
    outstandingProposals: 0,
    sessions: 0,
    znodes: 0,
  };
}

function fixture(nodes: NodeSnapshot[], links: LinkActivity[] = []) {
  const calls: string[] = [];
  let now = 1000;
  const ensemble: EnsembleControl = {
    start: async () => undefined,
    stopAll: async () => undefined,
    kill: (id) => calls.push(`kill ${id}`),
    pause: (id) => calls.push(`pause ${id}`),
    resume: (id) => calls.push(`resume ${id}`),
    restart: async (id) => void calls.push(`restart ${id}`),
    nodes: () => nodes,
    polledZxid: () => 0,
    zookeeperVersion: () => '3.8.0',
    observation: () => ({ servers: [], pollHz: 10, behind: false }),
  };
  const relay: RelayControl = {
    start: async () => undefined,
    stop: async () => undefined,
    cut: (l) => calls.push(`cut ${l.from}>${l.to}`),
    restore: (l) => calls.push(`restore ${l.from}>${l.to}`),
    setPartition: (g) => calls.push(`partition ${JSON.stringify(g)}`),
    setDelay: (l, ms, j) => calls.push(`delay ${l ? `${l.from}>${l.to}` : 'all'} ${ms}±${j}`),
    setDrop: (l, p) => calls.push(`drop ${l ? `${l.from}>${l.to}` : 'all'} ${p}`),
    silence: (id) => calls.push(`silence ${id}`),
    unsilence: (id) => calls.push(`unsilence ${id}`),
    links: () => links,
  };
  const clients: ClientControl = {
    start: async () => undefined,
    stop: async () => undefined,
    connect: (n, s) => calls.push(`connect ${n}@${s}`),
    op: (n, c, op) => calls.push(`op ${n} ${c} ${op.type}`),
    disconnect: (n) => calls.push(`disconnect ${n}`),
    clients: () => [],
    tree: () => null,
  };
  const clock = { nowMs: () => now, fromWallMs: (ms: number) => ms };
  const info = {
    zookeeperVersion: null,
    voters: nodes.map((n) => n.id),
    observers: [],
    tickTimeMs: 200,
    initLimitTicks: 5,
    syncLimitTicks: 2,
    minSessionTimeoutMs: 400,
    maxSessionTimeoutMs: 4000,
  };
  const bridge = new Bridge({ clock, ensemble, relay, clients, info });
  const records: ObservedRecord[] = [];
  const original = bridge.record;
  (bridge as { record: typeof original }).record = (r) => (records.push(r), original(r));
  return { bridge, calls, records, advance: (ms: number) => (now += ms) };
}

describe('Bridge', () => {
  const three = () => [node(1, 'following', 3), node(2, 'following', 3), node(3, 'leading', 3)];

  it('crashes a server as a host crash: links silent first, then SIGKILL, logged by the user', async () => {
    const { bridge, calls } = fixture(three());
    await bridge.execute({ type: 'crash', server: 3 });
    expect(calls).toEqual(['silence 3', 'kill 3']);
    const snapshot = bridge.snapshot();
    expect(snapshot.nodes).toHaveLength(3);
  });

  it('refuses what cannot be done now, and does nothing', async () => {
    const { bridge, calls } = fixture([node(1, 'following', 2, 'down'), node(2, 'leading', 2)]);
    await expect(bridge.execute({ type: 'kill', server: 1 })).rejects.toMatchObject({
      refusal: { code: 'not-now' },
    });
    await expect(bridge.execute({ type: 'resume', server: 2 })).rejects.toMatchObject({
      refusal: { code: 'not-now' },
    });
    await expect(bridge.execute({ type: 'restart', server: 2 })).rejects.toMatchObject({
      refusal: { code: 'not-now' },
    });
    await expect(bridge.execute({ type: 'heal-fault', faultId: 'partition' })).rejects.toMatchObject({
      refusal: { code: 'not-now' },
    });
    expect(calls).toEqual([]);
  });

  it('keeps the fault book like the model and tells the relay only what changed', async () => {
    const { bridge, calls } = fixture(three());
    await bridge.execute({ type: 'cut', from: 3, to: 1, both: false });
    expect(calls).toContain('cut 3>1');
    calls.length = 0;
    await bridge.execute({ type: 'partition', groups: [[3], [1, 2]] });
    expect(calls).toEqual(['partition [[3],[1,2]]']);
    expect(bridge.snapshot().faults.map((f) => f.id)).toEqual(['partition', 'cut:3->1']);
    calls.length = 0;
    await bridge.execute({ type: 'heal-fault', faultId: 'cut:3->1' });
    expect(calls).toEqual(['restore 3>1']);
    calls.length = 0;
    await bridge.execute({ type: 'drop', percent: 10, link: null });
    expect(calls).toEqual(['drop all 10']);
    calls.length = 0;
    await bridge.execute({ type: 'heal-all' });
    expect(calls).toEqual(['partition null', 'drop all 0']);
    expect(bridge.snapshot().faults).toEqual([]);
  });

  it('gives each learner the age of its leader and the leader the ages of its learners, from the wire', () => {
    const links: LinkActivity[] = [
      { from: 3, to: 1, lastDeliveredMs: 900, open: true, heldBytes: 0 },
      { from: 1, to: 3, lastDeliveredMs: 950, open: true, heldBytes: 0 },
      { from: 2, to: 3, lastDeliveredMs: 400, open: true, heldBytes: 0 },
    ];
    const { bridge } = fixture(three(), links);
    const byId = new Map(bridge.snapshot().nodes.map((n) => [n.id, n]));
    expect(byId.get(1)?.watches).toEqual([{ peer: 3, lastHeardMs: 900, timeoutMs: 400, suspected: false }]);
    expect(byId.get(2)?.watches).toEqual([]);
    expect(byId.get(3)?.watches).toEqual([
      { peer: 1, lastHeardMs: 950, timeoutMs: 400, suspected: false },
      { peer: 2, lastHeardMs: 400, timeoutMs: 400, suspected: true },
    ]);
  });

  it('passes client calls to the client sessions', async () => {
    const { bridge, calls } = fixture(three());
    await bridge.execute({ type: 'connect-client', name: 'c1', server: 2, timeoutMs: 4000 });
    await bridge.execute({ type: 'client-op', name: 'c1', callId: 1, op: { type: 'get', path: '/a' } });
    await bridge.execute({ type: 'disconnect-client', name: 'c1' });
    expect(calls).toEqual(['connect c1@2', 'op c1 1 get', 'disconnect c1']);
  });

  it('feeds the invariant monitor the trees it observes: two servers at one zxid with different data is a violation', () => {
    const f = fixture(three());
    const trees = new Map([
      [1, { tree: [{ path: '/a', value: 'x' }], zxid: 7, atMs: 0 }],
      [2, { tree: [{ path: '/a', value: 'y' }], zxid: 7, atMs: 0 }],
    ]);
    (f.bridge as unknown as { parts: { clients: { tree: (id: number) => unknown } } }).parts.clients.tree = (id) => trees.get(id) ?? null;
    const invariants = f.bridge.snapshot().invariants;
    expect(invariants.ok).toBe(false);
    expect(invariants.violations[0]).toMatchObject({ rule: 'committed-prefix-agreement', servers: [1, 2] });
  });

  it('logs what the user did as records from the user', async () => {
    const { bridge, records } = fixture(three());
    await bridge.execute({ type: 'pause', server: 1 });
    expect(records).toEqual([{ kind: 'pause', node: 1, t: 1000, source: 'user' }]);
  });
});
