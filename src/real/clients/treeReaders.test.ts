import { describe, expect, it } from 'vitest';
import type { HostCommand } from './childProtocol.ts';
import { TreeReaders } from './treeReaders.ts';

// The readers' bookkeeping with a recorded child: which walks go out, and which are accepted.

const node = { path: '/a', value: 'v', ephemeralOwner: 0, version: 0, czxid: 5, mzxid: 5, cversion: 0 };

function setup(polled: Map<number, number | null>) {
  const sent: HostCommand[] = [];
  let now = 1000;
  const readers = new TreeReaders({
    servers: [{ id: 1, port: 26000 }, { id: 2, port: 26003 }],
    send: (command) => (sent.push(command), true),
    nowMs: () => now,
    polledZxid: (id) => polled.get(id) ?? null,
    walkIntervalMs: 500,
    sessionTimeoutMs: 60_000,
  });
  const advance = (ms: number) => (now += ms);
  const walks = () => sent.filter((c): c is Extract<HostCommand, { type: 'walk' }> => c.type === 'walk');
  return { readers, sent, advance, walks };
}

describe('tree readers', () => {
  it('opens one session per server, on that server only, with the long timeout', () => {
    const { readers, sent } = setup(new Map());
    readers.openAll();
    expect(sent).toEqual([
      { type: 'open', key: 'reader:1', servers: [{ id: 1, port: 26000 }], firstServer: 1, timeoutMs: 60_000 },
      { type: 'open', key: 'reader:2', servers: [{ id: 2, port: 26003 }], firstServer: 2, timeoutMs: 60_000 },
    ]);
  });

  it('walks only connected readers of servers whose poll answered, one walk at a time', () => {
    const polled = new Map<number, number | null>([[1, 5], [2, null]]);
    const { readers, advance, walks } = setup(polled);
    readers.onMessage(1, { type: 'connected', key: 'reader:1', server: 1, sessionId: 1, timeoutMs: 4000, lastZxid: 0 });
    readers.onMessage(2, { type: 'connected', key: 'reader:2', server: 2, sessionId: 2, timeoutMs: 4000, lastZxid: 0 });
    readers.tick();
    advance(1000);
    readers.tick();
    expect(walks().map((w) => w.key)).toEqual(['reader:1']);
  });

  it('accepts a walk whose zxids held still, and turns down one that moved', () => {
    const polled = new Map<number, number | null>([[1, 5]]);
    const { readers, advance, walks } = setup(polled);
    readers.onMessage(1, { type: 'connected', key: 'reader:1', server: 1, sessionId: 1, timeoutMs: 4000, lastZxid: 0 });
    readers.tick();
    readers.onMessage(1, { type: 'walked', key: 'reader:1', walkId: walks()[0]!.walkId, nodes: [node], minZxid: 5, maxZxid: 5 });
    expect(readers.tree(1)).toEqual({ tree: [node], zxid: 5, atMs: 1000 });

    // A transaction between the walk's first and last reply.
    advance(600);
    readers.tick();
    readers.onMessage(1, { type: 'walked', key: 'reader:1', walkId: walks()[1]!.walkId, nodes: [], minZxid: 5, maxZxid: 6 });
    // The polled zxid moving while it ran.
    advance(600);
    readers.tick();
    polled.set(1, 7);
    readers.onMessage(1, { type: 'walked', key: 'reader:1', walkId: walks()[2]!.walkId, nodes: [], minZxid: 7, maxZxid: 7 });

    expect(readers.tree(1)).toEqual({ tree: [node], zxid: 5, atMs: 1000 });
    expect(readers.counts).toMatchObject({ sent: 3, accepted: 1, unstable: 2 });
  });

  it('ignores a walk it did not ask for', () => {
    const { readers } = setup(new Map([[1, 5]]));
    readers.onMessage(1, { type: 'walked', key: 'reader:1', walkId: 99, nodes: [node], minZxid: 5, maxZxid: 5 });
    expect(readers.tree(1)).toBeNull();
  });

  it('reopens an expired reader session, and keeps the last tree across a dead child', () => {
    const { readers, sent, walks } = setup(new Map([[1, 5]]));
    readers.onMessage(1, { type: 'connected', key: 'reader:1', server: 1, sessionId: 1, timeoutMs: 4000, lastZxid: 0 });
    readers.tick();
    readers.onMessage(1, { type: 'walked', key: 'reader:1', walkId: walks()[0]!.walkId, nodes: [node], minZxid: 5, maxZxid: 5 });
    readers.onMessage(1, { type: 'expired', key: 'reader:1', server: 1 });
    expect(sent.at(-1)).toMatchObject({ type: 'open', key: 'reader:1' });
    readers.childDied();
    expect(readers.isConnected(1)).toBe(false);
    expect(readers.tree(1)?.tree).toEqual([node]);
  });
});
