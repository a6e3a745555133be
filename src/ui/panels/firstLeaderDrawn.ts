import { create } from 'zustand';

// Whether the page has drawn a serving leader yet: set once, after the frame that drew it has been
// painted (asked for by the leader readout's effect). What waits for the first screen to be
// complete (the first-visit guide, the prefetch of the words for what follows an action) reads this
// latch rather than computing the leadership again at every update for the page's whole life.

export const useFirstLeaderDrawn = create<{ drawn: boolean }>(() => ({ drawn: false }));

/**
 * Sets the latch in a task after the next animation frame, so the frame that drew the leader has
 * been painted: an effect of a synchronous render runs before that paint, and what waits on the
 * latch (fetches, above all) must not count as part of drawing the first screen. In a hidden tab
 * it waits until the tab is shown, as animation frames do. Asked twice, it sets the same value
 * twice, which nothing notices.
 */
export function markFirstLeaderDrawn(): void {
  if (!useFirstLeaderDrawn.getState().drawn) requestAnimationFrame(() => setTimeout(() => useFirstLeaderDrawn.setState({ drawn: true })));
}
