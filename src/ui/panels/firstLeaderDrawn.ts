import { create } from 'zustand';

// Whether the page has drawn a serving leader yet: set once, by the leader readout's effect after
// the frame that drew it. What waits for the first screen to be complete (the first-visit guide,
// the prefetch of the words for what follows an action) reads this latch rather than computing
// the leadership again at every update for the page's whole life.

export const useFirstLeaderDrawn = create<{ drawn: boolean }>(() => ({ drawn: false }));

export function markFirstLeaderDrawn(): void {
  if (!useFirstLeaderDrawn.getState().drawn) useFirstLeaderDrawn.setState({ drawn: true });
}
