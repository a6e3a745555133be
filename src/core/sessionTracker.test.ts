import { describe, expect, it } from 'vitest';
import { SessionTracker } from './sessionTracker.ts';

const TICK = 2000;

describe('SessionTracker', () => {
  it('rounds expiry up to the next tickTime boundary after now + timeout', () => {
    const tracker = new SessionTracker(TICK);
    expect(tracker.bucketTimeMs(0, 6000)).toBe(8000);
    expect(tracker.bucketTimeMs(1, 6000)).toBe(8000);
    expect(tracker.bucketTimeMs(1999, 6000)).toBe(8000);
    expect(tracker.bucketTimeMs(2000, 6000)).toBe(10000);
    expect(tracker.bucketTimeMs(2500, 5000)).toBe(8000);
    tracker.add(1, 6000, 1500);
    expect(tracker.expiryMsOf(1)).toBe(8000);
    expect(tracker.nextExpiryMs()).toBe(8000);
  });

  it('expires a whole bucket at its boundary, sorted, and not before', () => {
    const tracker = new SessionTracker(TICK);
    tracker.add(9, 6000, 100);
    tracker.add(3, 6000, 1900);
    tracker.add(5, 6000, 2100);
    expect(tracker.expire(7999)).toEqual([]);
    expect(tracker.expire(8000)).toEqual([3, 9]);
    expect(tracker.nextExpiryMs()).toBe(10000);
    expect(tracker.expire(20000)).toEqual([5]);
    expect(tracker.nextExpiryMs()).toBeNull();
  });

  it('touch moves a session to a later bucket', () => {
    const tracker = new SessionTracker(TICK);
    tracker.add(1, 4000, 0);
    tracker.add(2, 4000, 0);
    expect(tracker.touch(1, 3000)).toBe(true);
    expect(tracker.expiryMsOf(1)).toBe(8000);
    expect(tracker.expire(6000)).toEqual([2]);
    expect(tracker.expire(8000)).toEqual([1]);
  });

  it('expired sessions are closing: touch fails until remove, then unknown', () => {
    const tracker = new SessionTracker(TICK);
    tracker.add(1, 4000, 0);
    expect(tracker.expire(6000)).toEqual([1]);
    expect(tracker.isClosing(1)).toBe(true);
    expect(tracker.has(1)).toBe(true);
    expect(tracker.size).toBe(1);
    expect(tracker.touch(1, 6000)).toBe(false);
    expect(tracker.expire(100000)).toEqual([]);
    tracker.remove(1);
    expect(tracker.has(1)).toBe(false);
    expect(tracker.size).toBe(0);
    expect(tracker.touch(1, 6000)).toBe(false);
  });

  it('remove takes a live session out of its bucket', () => {
    const tracker = new SessionTracker(TICK);
    tracker.add(1, 4000, 0);
    tracker.add(2, 8000, 0);
    tracker.remove(1);
    expect(tracker.nextExpiryMs()).toBe(10000);
    expect(tracker.expire(6000)).toEqual([]);
  });

  it('add re-tracks with a fresh full timeout (a new leader)', () => {
    const tracker = new SessionTracker(TICK);
    tracker.add(1, 4000, 0);
    tracker.expire(6000);
    tracker.add(1, 4000, 10000);
    expect(tracker.isClosing(1)).toBe(false);
    expect(tracker.expiryMsOf(1)).toBe(16000);
    expect(tracker.touch(1, 11000)).toBe(true);
  });

  it('clamps timeouts', () => {
    expect(SessionTracker.clampTimeout(1000, 4000, 40000)).toBe(4000);
    expect(SessionTracker.clampTimeout(6000, 4000, 40000)).toBe(6000);
    expect(SessionTracker.clampTimeout(99999, 4000, 40000)).toBe(40000);
  });

  it('rejects a non-positive tickTime', () => {
    expect(() => new SessionTracker(0)).toThrow();
  });
});
