import { describe, expect, it } from 'vitest';
import { HoldQueue } from './holdQueue.ts';

describe('the hold queue', () => {
  it('never lets an item fall due before the one ahead of it', () => {
    const queue = new HoldQueue();
    queue.push({ kind: 'bytes', bytes: new Uint8Array(3), readMs: 0, held: false, messages: [] }, 500);
    queue.push({ kind: 'bytes', bytes: new Uint8Array(2), readMs: 10, held: false, messages: [] }, 0);
    queue.push({ kind: 'close', reset: false, readMs: 20, held: false }, 0);
    expect(queue.heldBytes).toBe(5);
    const due = [queue.shift()!.dueMs, queue.shift()!.dueMs, queue.shift()!.dueMs];
    expect(due).toEqual([500, 500, 500]);
    expect(queue.heldBytes).toBe(0);
  });

  it('marks everything waiting as held when a cut stops it', () => {
    const queue = new HoldQueue();
    queue.push({ kind: 'bytes', bytes: new Uint8Array(1), readMs: 0, held: false, messages: [] }, 0);
    queue.markHeld();
    expect(queue.peek()?.held).toBe(true);
  });
});
