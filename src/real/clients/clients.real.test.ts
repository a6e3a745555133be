import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZnodeData } from '../../core/types.ts';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import { createClients, type Clients } from './clientHost.ts';
import { createEnsemble, destroyEnsemble, killServer, realZooKeeperMissing, SrvrPoller, startServer, type TestEnsemble } from './testEnsemble.ts';

// The clients on three real ZooKeeper servers (no relay): a session's writes in every server's
// zxid-stable tree, its ephemeral gone when it closes, and a reader that survives its server's
// kill -9. Deadlines are generous and only eventual states are asserted.

const missing = realZooKeeperMissing();
const IDS = [1, 2, 3];
const BASE_PORT = 26000;
const clock = { nowMs: () => performance.now(), fromWallMs: (wallMs: number) => wallMs - Date.now() + performance.now() };

async function eventually(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not in ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(missing !== null)(`clients on a real ensemble${missing !== null ? ` (skipped: ${missing})` : ''}`, () => {
  let ensemble: TestEnsemble;
  let poller: SrvrPoller;
  let clients: Clients;
  const records: ObservedRecord[] = [];

  const result = (client: string, callId: number) => records.find((r) => r.kind === 'client-result' && r.client === client && r.callId === callId);
  const nodeAt = (id: number, path: string): ZnodeData | undefined => clients.tree(id)?.tree.find((n) => n.path === path);
  const serving = (): boolean => IDS.filter((id) => poller.mode(id) === 'leader').length === 1 && IDS.filter((id) => poller.mode(id) === 'follower').length === 2;

  beforeAll(async () => {
    ensemble = await createEnsemble(IDS, BASE_PORT);
    for (const server of ensemble.servers) startServer(server);
    poller = new SrvrPoller(ensemble.servers);
    await eventually('a leader and two followers', serving, 60_000);
    clients = createClients({ servers: ensemble.servers.map((s) => ({ id: s.ports.id, clientPort: s.ports.clientPort })), clock, sink: (r) => records.push(r), polledZxid: (id) => poller.zxid(id) });
    await clients.start();
  }, 120_000);

  afterAll(async () => {
    await clients?.stop();
    poller?.stop();
    if (ensemble) await destroyEnsemble(ensemble);
  }, 60_000);

  it('opens a session on the chosen server, with the library\'s order starting there', async () => {
    clients.connect('c1', 1, 4000);
    await eventually('c1 connected', () => clients.clients()[0]?.state === 'connected');
    const view = clients.clients()[0]!;
    expect(view).toMatchObject({ name: 'c1', server: 1, requestedTimeoutMs: 4000, vanished: false });
    expect(view.serverOrder[0]).toBe(1);
    expect([...view.serverOrder].sort()).toEqual(IDS);
    expect(view.sessionId).toBeGreaterThan(0);
    expect(records.find((r) => r.kind === 'client-state' && r.change === 'connected')).toMatchObject({ client: 'c1', server: 1, resumed: false, source: 'client' });
  }, 60_000);

  it('creates /a and an ephemeral /e, and every server\'s tree shows them', async () => {
    clients.op('c1', 1, { type: 'create', path: '/a', value: 'hello', mode: 'persistent' });
    clients.op('c1', 2, { type: 'create', path: '/e', value: 'mine', mode: 'ephemeral' });
    await eventually('both answered', () => result('c1', 1) !== undefined && result('c1', 2) !== undefined);
    const created = result('c1', 2);
    expect(result('c1', 1)).toMatchObject({ result: { ok: true, type: 'created', path: '/a' }, answeredBy: 'server' });
    expect(created).toMatchObject({ result: { ok: true, type: 'created', path: '/e' } });
    const sessionId = clients.clients()[0]!.sessionId;
    await eventually('/a and /e in every tree', () => IDS.every((id) => nodeAt(id, '/a') !== undefined && nodeAt(id, '/e') !== undefined));
    for (const id of IDS) {
      expect(nodeAt(id, '/a')).toMatchObject({ value: 'hello', version: 0, ephemeralOwner: 0 });
      expect(nodeAt(id, '/e')).toMatchObject({ value: 'mine', ephemeralOwner: sessionId });
      // The created znode's czxid is the zxid the create's answer carried.
      if (created?.kind === 'client-result' && created.result.ok && created.result.type === 'created') expect(nodeAt(id, '/e')?.czxid).toBe(created.result.zxid);
      expect(clients.tree(id)?.tree.some((n) => n.path.startsWith('/zookeeper'))).toBe(false);
    }
  }, 60_000);

  it('maps the server\'s refusals and reads as the model\'s clients report them', async () => {
    clients.op('c1', 3, { type: 'create', path: '/a', value: 'again', mode: 'persistent' });
    clients.op('c1', 4, { type: 'set', path: '/a', value: 'x', version: 7 });
    clients.op('c1', 5, { type: 'get', path: '/a' });
    clients.op('c1', 6, { type: 'create', path: '/q/', value: '', mode: 'persistent' });
    await eventually('all answered', () => [3, 4, 5, 6].every((callId) => result('c1', callId) !== undefined));
    expect(result('c1', 3)).toMatchObject({ result: { ok: false, code: 'NODEEXISTS', problem: { why: 'node-exists', path: '/a' } }, answeredBy: 'server' });
    expect(result('c1', 4)).toMatchObject({ result: { ok: false, code: 'BADVERSION', problem: { why: 'bad-version', path: '/a', expected: 7, actual: 0 } } });
    expect(result('c1', 5)).toMatchObject({ result: { ok: true, type: 'data', value: 'hello', version: 0 } });
    expect(result('c1', 6)).toMatchObject({ result: { ok: false, code: 'BADARGUMENTS', problem: { why: 'bad-path' } }, answeredBy: 'client' });
  }, 60_000);

  it('closes the session on disconnect, and /e is gone from every server', async () => {
    clients.disconnect('c1');
    await eventually('c1 closed', () => clients.clients()[0]?.state === 'closed');
    await eventually('/e gone everywhere, /a kept', () => IDS.every((id) => nodeAt(id, '/e') === undefined && nodeAt(id, '/a') !== undefined));
    expect(records.find((r) => r.kind === 'client-state' && r.change === 'closed')).toMatchObject({ client: 'c1', server: 1 });
  }, 60_000);

  it('keeps running when a reader\'s server is killed, and reads it again after its restart', async () => {
    const victim = ensemble.servers.find((s) => s.ports.id === 2)!;
    const readersPid = clients.processes().readers.pid;
    await killServer(victim);
    await eventually('reader 2 disconnected', () => !clients.readerConnected(2));
    // A write while it is down, through another server, so the restarted server's tree must catch up.
    clients.connect('c2', 3, 4000);
    clients.op('c2', 1, { type: 'create', path: '/b', value: 'while 2 was down', mode: 'persistent' });
    await eventually('/b created', () => result('c2', 1) !== undefined);
    expect(result('c2', 1)).toMatchObject({ result: { ok: true, type: 'created', path: '/b' } });
    const beforeRestart = clock.nowMs();
    startServer(victim);
    await eventually('reader 2 back', () => clients.readerConnected(2), 60_000);
    await eventually('server 2\'s tree has /b', () => nodeAt(2, '/b') !== undefined && (clients.tree(2)?.atMs ?? 0) > beforeRestart, 60_000);
    expect(nodeAt(2, '/b')).toMatchObject({ value: 'while 2 was down' });
    expect(clients.processes().readers).toMatchObject({ ready: true });
    // The same reader process, unless the library crashed it, which the host survives by design.
    if (clients.processes().readers.starts === 1) expect(clients.processes().readers.pid).toBe(readersPid);
    expect(clients.walkCounts().accepted).toBeGreaterThan(0);
  }, 120_000);

  it('answers a close call, then reports the session closed', async () => {
    clients.op('c2', 2, { type: 'close' });
    await eventually('c2 closed', () => clients.clients().find((c) => c.name === 'c2')?.state === 'closed');
    expect(result('c2', 2)).toMatchObject({ result: { ok: true, type: 'closed' }, answeredBy: 'server' });
    clients.op('c2', 3, { type: 'get', path: '/a' });
    expect(result('c2', 3)).toMatchObject({ result: { ok: false, code: 'SESSIONEXPIRED', problem: { why: 'client-closed' } }, answeredBy: 'client' });
  }, 60_000);

  const stateChanges = (client: string, change: string) => records.filter((r) => r.kind === 'client-state' && r.client === client && r.change === change);
  const aFollower = (): number => IDS.find((id) => poller.mode(id) === 'follower') ?? 1;

  it('moves a session to another server when its server is killed, and keeps the session', async () => {
    await eventually('serving again', serving, 60_000);
    clients.connect('c3', aFollower(), 4000);
    await eventually('c3 connected', () => clients.clients().find((c) => c.name === 'c3')?.state === 'connected');
    // The server it is on (a server just restarted may refuse the first attempt).
    const { sessionId, server: target } = clients.clients().find((c) => c.name === 'c3')!;
    const victim = ensemble.servers.find((s) => s.ports.id === target)!;
    await killServer(victim);
    try {
      await eventually('c3 on another server', () => stateChanges('c3', 'connected').length >= 2);
      expect(stateChanges('c3', 'link-lost').at(-1)).toMatchObject({ server: target, loss: { why: expect.stringMatching(/^(connection-reset|closed-by-server)$/) } });
      expect(stateChanges('c3', 'connected').at(-1)).toMatchObject({ resumed: true, sessionId });
      expect(clients.clients().find((c) => c.name === 'c3')?.server).not.toBe(target);
    } finally {
      startServer(victim);
    }
  }, 120_000);

  it('leaves a SIGSTOPped server after the read timeout, which the library alone would never do', async () => {
    await eventually('serving again', serving, 60_000);
    // A session attached to a follower (a server just restarted may refuse the first attempt, and
    // pausing the leader would start an election instead).
    let name = '';
    let target = 0;
    for (const candidate of ['c4', 'c5', 'c6']) {
      clients.connect(candidate, aFollower(), 4000);
      await eventually(`${candidate} connected`, () => clients.clients().find((c) => c.name === candidate)?.state === 'connected');
      const attached = clients.clients().find((c) => c.name === candidate)!.server!;
      if (poller.mode(attached) === 'follower') {
        [name, target] = [candidate, attached];
        break;
      }
    }
    expect(target).not.toBe(0);
    const pid = ensemble.servers.find((s) => s.ports.id === target)!.process!.pid!;
    process.kill(pid, 'SIGSTOP');
    try {
      await eventually(`${name} on another server`, () => stateChanges(name, 'connected').length >= 2);
      const lost = stateChanges(name, 'link-lost').at(-1);
      expect(lost).toMatchObject({ server: target, loss: { why: 'read-timeout' } });
      // Silent for at least the read timeout (2/3 of the negotiated 4 s) before it gave up.
      if (lost?.kind === 'client-state' && lost.change === 'link-lost' && lost.loss.why === 'read-timeout') expect(lost.loss.silentMs).toBeGreaterThan(2600);
      expect(stateChanges(name, 'connected').at(-1)).toMatchObject({ resumed: true });
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  }, 120_000);
});
