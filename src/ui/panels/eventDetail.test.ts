import { describe, expect, it } from 'vitest';
import { eventDetail } from './eventDetail.ts';

const e = (kind: string, detail?: Record<string, unknown>) => ({ id: 1, t: 0, node: 1, kind, text: '', ...(detail ? { detail } : {}) });

describe('eventDetail', () => {
  it('lists what a sync sent and a truncation removed', () => {
    expect(eventDetail(e('sync', { mode: 'diff', sent: [0x100000001, 0x100000002] }))).toBe('sent: 0x100000001, 0x100000002');
    expect(eventDetail(e('sync', { mode: 'diff', sent: [1, 2, 3, 4, 5, 6] }))).toBe('sent: 0x1, 0x2, 0x3, 0x4 … +2 more');
    expect(eventDetail(e('truncated', { removed: [0x100000005] }))).toBe('removed: 0x100000005');
  });

  it('names the ephemerals an ended session took along', () => {
    expect(eventDetail(e('session-expired', { sessionId: 1, deletedPaths: ['/w1', '/w2'] }))).toBe('ephemerals deleted: /w1, /w2');
  });

  it('adds nothing when there is nothing to add', () => {
    expect(eventDetail(e('sync', { mode: 'snap', sent: null }))).toBeNull();
    expect(eventDetail(e('session-closed', { deletedPaths: [] }))).toBeNull();
    expect(eventDetail(e('leader-elected'))).toBeNull();
  });
});
