import { piecewiseColor } from './piecewise.ts';
import { messageKindOf, type MessageKind } from '../driver/index.ts';
import type { NodeState } from '../store/index.ts';
import { colorTokens as c } from './colorTokens.ts';

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
  leading: { fill: c.leaderFill, stroke: c.leaderStroke, text: '#1d1300', label: '#8a5300' },
  following: { fill: c.accent, stroke: c.followerStroke, text: '#ffffff', label: '#1d4fb0' },
  looking: { fill: '#ffffff', stroke: c.election, text: '#5a1ea3', label: c.user },
  observing: { fill: '#0f8a7e', stroke: '#064e47', text: '#ffffff', label: '#0b6f65' },
  down: { fill: '#d4d7dd', stroke: '#4b5360', text: '#3b424d', label: '#4b5360' },
  paused: { fill: '#8fa1b8', stroke: '#2c3a4d', text: '#0f1722', label: '#3b4b61' },
  unresponsive: { fill: '#f3e3c3', stroke: '#8a4b00', text: '#3d2200', label: '#8a4b00' },
};

/** Fresh (green) → half used (amber) → at the timeout (red), by the share of the timeout used. */
export const staleColor = piecewiseColor([0, 0.5, 1], ['#1f9d55', c.amber, '#d62828']);

export type MessageCategory = 'election' | 'ping' | 'sync' | 'broadcast' | 'heartbeat' | 'other';

/** The topology's dot colours group the diagram's message kinds (driver/messageLog.ts): one classification. */
const categoryOfKind: Record<MessageKind, MessageCategory> = {
  notification: 'election',
  ping: 'ping',
  sync: 'sync',
  broadcast: 'broadcast',
  heartbeat: 'heartbeat',
  client: 'other',
  connection: 'other',
};

export function messageCategory(type: string): MessageCategory {
  return categoryOfKind[messageKindOf(type)];
}

export const messageColors: Record<MessageCategory, string> = {
  election: c.election,
  ping: '#3b4b61',
  sync: '#0f8a7e',
  broadcast: c.accent,
  heartbeat: '#d1367a',
  other: '#c25e00',
};
