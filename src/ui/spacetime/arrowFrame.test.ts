import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './arrowFrame.ts';
import type { Arrow } from './scene.ts';
import { redrawIntervalMs } from './SpacetimeView.tsx';

const arrow = (seq: number, deliveredMs: number, held = false): Arrow => ({ seq, from: 1, to: 2, type: 'ping', kind: 'ping', sentMs: deliveredMs - 2, deliveredMs, held });

describe('the arrows between redraws', () => {
  it('keep the object of an unchanged message, and take the new one where anything changed', () => {
    const first = keepUnchanged(new Map(), [arrow(1, 10), arrow(2, 20)]);
    const same1 = arrow(1, 10);
    const heldNow = arrow(2, 20, true);
    const second = keepUnchanged(first.bySeq, [same1, heldNow, arrow(3, 30)]);
    expect(second.arrows[0]).toBe(first.arrows[0]);
    expect(second.arrows[1]).toBe(heldNow);
    expect(second.arrows[2]!.seq).toBe(3);
    // What left the scene is forgotten.
    expect(keepUnchanged(second.bySeq, []).bySeq.size).toBe(0);
  });
});

describe('the redraw interval', () => {
  it('is short when something new is to be seen, whatever the window', () => {
    expect(redrawIntervalMs(true, 5, 50, 1)).toBe(150);
    expect(redrawIntervalMs(true, 101, 50, 1)).toBe(250);
  });

  it('while only the present moves, is the time it takes to move 40 px, between the short interval and a second', () => {
    expect(redrawIntervalMs(false, 5, 10, 1)).toBe(400); // 40 px of 10 ms each, at 1×
    expect(redrawIntervalMs(false, 5, 50, 1)).toBe(1000); // 2 s of present: capped
    expect(redrawIntervalMs(false, 5, 50, 10)).toBe(200); // at 10× it moves ten times as fast
    expect(redrawIntervalMs(false, 5, 1, 1)).toBe(150); // zoomed in: never faster than the short interval
    expect(redrawIntervalMs(false, 5, 50, 0)).toBe(150); // paused: the next change shows soon
  });
});
