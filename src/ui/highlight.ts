import { create } from 'zustand';
import type { ServerId } from '../driver/index.ts';

// What a lesson step (or its reveal) points at: servers, links and message types. The topology
// and the space-time diagram draw them highlighted (`data-highlighted="true"`). Separate from the
// store's hover highlight (highlightIds), which the event log moves with the pointer; this one
// stays for the whole step, and a new run does not clear it.

export interface Highlight {
  servers: readonly ServerId[];
  /** Undirected: [1, 5] lights both directions of the link between 1 and 5. */
  links: readonly (readonly [ServerId, ServerId])[];
  /** Message types as the space-time diagram names them (`ping`, `notification`, `diff` …). */
  messages: readonly string[];
}

const NOTHING: Highlight = { servers: [], links: [], messages: [] };

export const useHighlight = create<Highlight>(() => NOTHING);

export function setHighlight(next: Partial<Highlight>): void {
  useHighlight.setState({ ...NOTHING, ...next });
}

export function clearHighlight(): void {
  useHighlight.setState(NOTHING);
}

export function linkLit(h: Highlight, from: ServerId, to: ServerId): boolean {
  return h.links.some(([a, b]) => (a === from && b === to) || (a === to && b === from));
}
