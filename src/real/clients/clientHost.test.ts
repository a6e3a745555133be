import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import { createClients, type Clients } from './clientHost.ts';

// The host with a child that crashes: its restart, and that nothing of the crash reaches the caller.
// No ZooKeeper server is needed: the stand-in child never connects anywhere.

const FIXTURE = fileURLToPath(new URL('./crashingChild.fixture.ts', import.meta.url));
const clock = { nowMs: () => performance.now(), fromWallMs: (wallMs: number) => wallMs - Date.now() + performance.now() };

async function eventually(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let clients: Clients | null = null;
afterEach(async () => {
  await clients?.stop();
  clients = null;
});

function hostWithCrashingChild(records: ObservedRecord[]): Clients {
  return createClients({ servers: [{ id: 1, clientPort: 26000 }, { id: 2, clientPort: 26003 }], clock, sink: (r) => records.push(r), polledZxid: () => null, childScript: FIXTURE, restartDelayMs: 50 });
}

describe('client host', () => {
  it('restarts a child that died, and the session it held has vanished', async () => {
    const records: ObservedRecord[] = [];
    clients = hostWithCrashingChild(records);
    await clients.start();
    const firstPid = clients.processes().users.pid;
    clients.connect('c1', 1, 4000);
    await eventually(() => clients!.processes().users.starts >= 2 && clients!.processes().users.pid !== null);
    expect(clients.processes().users.pid).not.toBe(firstPid);
    const vanished = records.find((r) => r.kind === 'client-state' && r.change === 'vanished');
    expect(vanished).toMatchObject({ client: 'c1', state: 'disconnected', source: 'client' });
    expect(clients.clients()).toEqual([expect.objectContaining({ name: 'c1', vanished: true, pendingOps: 0 })]);
  }, 60_000);

  it('takes the same name again once the restarted child is up', async () => {
    const records: ObservedRecord[] = [];
    clients = hostWithCrashingChild(records);
    await clients.start();
    clients.connect('c1', 1, 4000);
    await eventually(() => clients!.processes().users.starts >= 2 && clients!.processes().users.ready);
    expect(clients.processes().users.lastError).toBe('RangeError: fake deserializer failure');
    clients.connect('c1', 2, 4000);
    expect(records.filter((r) => r.kind === 'refused')).toEqual([]);
    expect(clients.clients()).toEqual([expect.objectContaining({ name: 'c1', vanished: false, state: 'connecting', tryingServer: 2 })]);
  }, 60_000);

  it('reports a malformed message from the child and applies nothing of it', async () => {
    const records: ObservedRecord[] = [];
    clients = hostWithCrashingChild(records);
    await clients.start();
    clients.connect('garbled', 1, 4000);
    await eventually(() => records.some((r) => r.kind === 'refused'));
    const refusal = records.find((r) => r.kind === 'refused');
    expect(refusal).toMatchObject({ refusal: { why: 'failed', error: expect.stringContaining('connected: field "server"') } });
    expect(clients.clients()[0]).toMatchObject({ name: 'garbled', state: 'connecting', server: null, sessionId: 0 });
  }, 60_000);

  it('refuses bad requests with a record and changes nothing', async () => {
    const records: ObservedRecord[] = [];
    clients = hostWithCrashingChild(records);
    await clients.start();
    clients.connect('9lives', 1, 4000);
    clients.connect('c1', 7, 4000);
    clients.connect('c1', 1, -1);
    clients.op('nobody', 1, { type: 'get', path: '/a' });
    clients.disconnect('nobody');
    expect(records.map((r) => (r.kind === 'refused' ? r.refusal.why : r.kind))).toEqual(['failed', 'no-server', 'bad-session-timeout', 'no-client', 'no-client']);
    expect(clients.clients()).toEqual([]);
    expect(clients.processes().users.starts).toBe(1);
  }, 60_000);
});
