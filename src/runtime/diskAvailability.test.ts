import { describe, expect, it } from 'vitest';
import { DISK_ANSWER_TIMEOUT_MS, probeIndexedDb } from './diskAvailability.ts';
import { FakeWorld, flushMicrotasks } from './fakeHostEnv.ts';

type Answer = 'success' | 'error' | 'throw' | 'never';

/** Just enough of IDBFactory for an open: the request answers as told, on the next task. */
function fakeFactory(answer: Answer, world: FakeWorld) {
  const log: string[] = [];
  const db = { close: () => log.push('close') };
  const factory = {
    open(name: string) {
      log.push(`open ${name}`);
      if (answer === 'throw') throw new DOMException('The operation is insecure.', 'SecurityError');
      const req: Record<string, unknown> = { result: db, error: new DOMException('denied', 'UnknownError') };
      if (answer !== 'never') world.setTimer(() => (req[answer === 'success' ? 'onsuccess' : 'onerror'] as () => void)(), 1);
      return req;
    },
    deleteDatabase(name: string) {
      log.push(`delete ${name}`);
    },
  };
  return { factory: factory as unknown as IDBFactory, log };
}

const timersOf = (world: FakeWorld) => ({ setTimer: (cb: () => void, ms: number) => world.setTimer(cb, ms), clearTimer: (h: unknown) => world.clearTimer(h) });

async function probe(answer: Answer | null, waitMs = DISK_ANSWER_TIMEOUT_MS + 1) {
  const world = new FakeWorld();
  const fake = answer ? fakeFactory(answer, world) : null;
  let result: unknown = 'pending';
  void probeIndexedDb(timersOf(world), fake?.factory ?? null).then((r) => (result = r));
  await world.advance(waitMs);
  await flushMicrotasks();
  return { result, log: fake?.log ?? [], world };
}

describe('probeIndexedDb', () => {
  it('finds a working IndexedDB, and closes and deletes its probe database', async () => {
    const { result, log, world } = await probe('success', 10);
    expect(result).toBeNull();
    expect(log).toEqual(['open zk-probe', 'close', 'delete zk-probe']);
    expect(world.pendingTimers).toBe(0);
  });

  it('reports a missing IndexedDB', async () => {
    expect((await probe(null, 0)).result).toEqual({ cause: 'missing' });
  });

  it('reports an open that throws (a sandboxed or opaque origin), with the error', async () => {
    expect((await probe('throw', 0)).result).toEqual({ cause: 'refused', error: 'SecurityError: The operation is insecure.' });
  });

  it('reports an open that fails', async () => {
    expect((await probe('error', 10)).result).toEqual({ cause: 'refused', error: 'UnknownError: denied' });
  });

  it('gives up on an open that never answers after the timeout, and no sooner', async () => {
    expect((await probe('never', DISK_ANSWER_TIMEOUT_MS - 1)).result).toBe('pending');
    expect((await probe('never')).result).toEqual({ cause: 'no-answer', waitedMs: DISK_ANSWER_TIMEOUT_MS });
  });
});
