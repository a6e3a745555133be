import { scaleLinear } from 'd3-scale';
import type { NodeState } from '../store/index.ts';

// Colours chosen for a washed-out projector: saturated fills, dark outlines, and never the only cue
// (each state also has its own shape and a word).

export interface StateStyle {
  fill: string;
  stroke: string;
  text: string;
  /** Colour for the state's word on the light page background. */
  label: string;
}

export const stateStyles: Record<NodeState, StateStyle> = {
  leading: { fill: '#f6b400', stroke: '#7a4a00', text: '#1d1300', label: '#8a5300' },
  following: { fill: '#1d5fd1', stroke: '#0c2d6b', text: '#ffffff', label: '#1d4fb0' },
  looking: { fill: '#ffffff', stroke: '#7b2fd0', text: '#5a1ea3', label: '#6a23bf' },
  observing: { fill: '#0f8a7e', stroke: '#064e47', text: '#ffffff', label: '#0b6f65' },
  down: { fill: '#d4d7dd', stroke: '#4b5360', text: '#3b424d', label: '#4b5360' },
  paused: { fill: '#8fa1b8', stroke: '#2c3a4d', text: '#0f1722', label: '#3b4b61' },
};

/** Fresh (green) → half used (amber) → at the timeout (red), by the share of the timeout used. */
export const staleColor = scaleLinear<string>().domain([0, 0.5, 1]).range(['#1f9d55', '#e0a100', '#d62828']).clamp(true);

export type MessageCategory = 'election' | 'ping' | 'sync' | 'broadcast' | 'heartbeat' | 'other';

const categories: Record<string, MessageCategory> = {
  notification: 'election',
  ping: 'ping',
  followerinfo: 'sync',
  leaderinfo: 'sync',
  ackepoch: 'sync',
  diff: 'sync',
  trunc: 'sync',
  snap: 'sync',
  newleader: 'sync',
  uptodate: 'sync',
  proposal: 'broadcast',
  ack: 'broadcast',
  commit: 'broadcast',
  inform: 'broadcast',
  heartbeat: 'heartbeat',
};

export function messageCategory(type: string): MessageCategory {
  return categories[type] ?? 'other';
}

export const messageColors: Record<MessageCategory, string> = {
  election: '#7b2fd0',
  ping: '#3b4b61',
  sync: '#0f8a7e',
  broadcast: '#1d5fd1',
  heartbeat: '#d1367a',
  other: '#c25e00',
};

export const messageWords: Record<MessageCategory, string> = {
  election: 'votes',
  ping: 'pings',
  sync: 'sync',
  broadcast: 'writes',
  heartbeat: 'heartbeats',
  other: 'other',
};
