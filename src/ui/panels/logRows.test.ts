import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../driver/index.ts';
import type { EventGroup } from './groupEvents.ts';
import { MIN_ROW_PX, rowIds, rowsInView, rowsNow, sameRow } from './logRows.ts';

// Only the id matters to which rows are drawn; the rest of each record is left out.
const entry = (id: number): TimelineEntry => ({ id, t: id * 10, node: 1, kind: 'crash' }) as TimelineEntry;
const row = (id: number, servers: number[] = [1]): EventGroup => ({ lead: entry(id), count: 1, servers });
const rows = (ids: number[]): EventGroup[] => ids.map((id) => row(id));
const ids = (groups: readonly EventGroup[]) => groups.map((g) => g.lead.id);

describe('rowsInView', () => {
  it('covers every row that can reach the bottom of the view, rows being at least MIN_ROW_PX tall', () => {
    expect(rowsInView(0, 10 * MIN_ROW_PX)).toBe(11);
    expect(rowsInView(0, 10 * MIN_ROW_PX + 1)).toBe(12);
    // Scrolled down by three rows: three more from the top may be on screen.
    expect(rowsInView(3 * MIN_ROW_PX, 10 * MIN_ROW_PX)).toBe(14);
  });

  it('is one row for a log not laid out yet, and never negative', () => {
    expect(rowsInView(0, 0)).toBe(1);
    expect(rowsInView(-40, -5)).toBe(1);
  });
});

describe('rowsNow', () => {
  it('draws the rows in view, then only those later rows that are drawn already, in order', () => {
    const now = rows([20, 19, 18, 17, 16, 15, 14]);
    expect(ids(rowsNow(now, new Set([15, 17, 99]), 3))).toEqual([20, 19, 18, 17, 15]);
  });

  it('never draws a row of another moment, even one drawn before', () => {
    const drawn = rowIds(rows([9, 8, 7, 6, 5]));
    const now = rows([30, 29, 28, 27, 26]);
    expect(ids(rowsNow(now, drawn, 2))).toEqual([30, 29]);
  });

  it('is the list itself when nothing is held back', () => {
    const now = rows([5, 4, 3]);
    expect(rowsNow(now, new Set(), 3)).toBe(now);
    expect(rowsNow(now, new Set([3]), 2)).toBe(now);
  });

  it('draws the current group for a drawn id, not the old one', () => {
    const now = [row(3), row(2, [1, 2, 3])];
    expect(rowsNow(now, new Set([2]), 1)[1]).toBe(now[1]);
  });
});

describe('sameRow', () => {
  it('is true for the same lead, count and servers, in new objects', () => {
    const lead = entry(4);
    expect(sameRow({ lead, count: 2, servers: [1, 2] }, { lead, count: 2, servers: [1, 2] })).toBe(true);
  });

  it('is false for another record, even with the same id', () => {
    expect(sameRow(row(1), row(1))).toBe(false);
  });

  it('is false when the run grew or concerns other servers', () => {
    const lead = entry(4);
    expect(sameRow({ lead, count: 2, servers: [1, 2] }, { lead, count: 3, servers: [1, 2] })).toBe(false);
    expect(sameRow({ lead, count: 2, servers: [1, 2] }, { lead, count: 2, servers: [1, 3] })).toBe(false);
    expect(sameRow({ lead, count: 2, servers: [1, 2] }, { lead, count: 2, servers: [1] })).toBe(false);
  });
});
