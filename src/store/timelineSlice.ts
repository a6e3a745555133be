import type { StateCreator } from 'zustand/vanilla';
import type { AppState, TimelineSlice } from './types.ts';

// The narrated event log (capped, see commit.ts) and the latest sampled message flights.

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = () => ({
  timeline: [],
  flights: { seq: 0, items: [], atRealMs: 0 },
});
