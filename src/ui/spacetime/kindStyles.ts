import type { MessageKind } from '../../driver/index.ts';
import type { NodeState } from '../../store/index.ts';
import { colorTokens as c } from '../colorTokens.ts';
import { messageColors, stateStyles } from '../theme.ts';

// How each message kind and role band is drawn. Colours come from theme.ts (the topology's message
// dots use the same ones); each kind also differs in width or dash, so colour is never the only cue.

export interface KindStyle {
  color: string;
  widthPx: number;
  /** SVG stroke-dasharray, or null for a solid line. Dashes are kept for held packets. */
  dash: string | null;
}

export const kindStyles: Record<MessageKind, KindStyle> = {
  ping: { color: messageColors.ping, widthPx: 1.5, dash: null },
  notification: { color: messageColors.election, widthPx: 2, dash: null },
  sync: { color: messageColors.sync, widthPx: 3.5, dash: null },
  broadcast: { color: messageColors.broadcast, widthPx: 2.5, dash: null },
  client: { color: messageColors.other, widthPx: 2.5, dash: '1 4' },
  heartbeat: { color: messageColors.heartbeat, widthPx: 1.5, dash: null },
  connection: { color: c.ink, widthPx: 3, dash: null },
};

export const HELD_DASH = '7 4';

export const MESSAGE_KINDS = Object.keys(kindStyles) as MessageKind[];

export interface BandStyle {
  fill: string;
  opacity: number;
  text: string;
}

/** Role bands: the topology's state colours, light enough that the arrows over them stay clear. */
export const bandStyles: Record<NodeState, BandStyle> = {
  leading: { fill: stateStyles.leading.fill, opacity: 0.42, text: stateStyles.leading.label },
  following: { fill: stateStyles.following.fill, opacity: 0.2, text: stateStyles.following.label },
  observing: { fill: stateStyles.observing.fill, opacity: 0.22, text: stateStyles.observing.label },
  looking: { fill: c.election, opacity: 0.12, text: stateStyles.looking.label },
  down: { fill: stateStyles.down.fill, opacity: 0.9, text: stateStyles.down.label },
  paused: { fill: stateStyles.paused.fill, opacity: 0.45, text: stateStyles.paused.label },
  unresponsive: { fill: stateStyles.unresponsive.fill, opacity: 0.6, text: stateStyles.unresponsive.label },
};
