import type { TickLimit } from '../../core/reasons.ts';
import { formatMs } from '../format.ts';

// ZooKeeper's configuration names read the same in every language: "syncLimit 5 × tickTime 2,000 ms".

export function tickLimitText(limit: TickLimit): string {
  return `${limit.name} ${limit.ticks} × tickTime ${formatMs(limit.tickTimeMs)}`;
}

/** The limit's length in ms. */
export function tickLimitMs(limit: TickLimit): number {
  return limit.ticks * limit.tickTimeMs;
}
