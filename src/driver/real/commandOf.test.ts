import { describe, expect, it } from 'vitest';
import { scriptActionOf, serversNamed } from './commandOf.ts';

describe('the page side of a bridge command', () => {
  it('names every server a command concerns', () => {
    expect(serversNamed({ type: 'kill', server: 2 })).toEqual([2]);
    expect(serversNamed({ type: 'cut', from: 1, to: 3, both: true })).toEqual([1, 3]);
    expect(serversNamed({ type: 'partition', groups: [[1, 2], [3, 4]] })).toEqual([1, 2, 3, 4]);
    expect(serversNamed({ type: 'delay', latencyMs: 5, jitterMs: 0, link: { from: 4, to: 5 } })).toEqual([4, 5]);
    expect(serversNamed({ type: 'heal-all' })).toEqual([]);
  });

  it('becomes the scenario statement the simulator would run', () => {
    expect(scriptActionOf({ type: 'crash', server: 3 })).toEqual({ type: 'crash', node: 3 });
    expect(scriptActionOf({ type: 'drop', percent: 25, link: null })).toEqual({ type: 'drop', rate: 0.25 });
    expect(scriptActionOf({ type: 'delay', latencyMs: 300.4, jitterMs: 0, link: { from: 1, to: 2 } })).toEqual({ type: 'delay', latencyMs: 300, jitterMs: 0, link: { from: 1, to: 2 } });
    expect(scriptActionOf({ type: 'restore', from: 1, to: 2, both: false })).toEqual({ type: 'restore', from: 1, to: 2, both: false });
    expect(scriptActionOf({ type: 'client-op', name: 'c1', callId: 1, op: { type: 'get', path: '/a' } })).toEqual({ type: 'get', client: 'c1', path: '/a' });
    // Scripts have no "pause all": it stays out of the recording.
    expect(scriptActionOf({ type: 'pause-all', paused: true })).toBeNull();
  });
});
