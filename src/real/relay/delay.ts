import type { ServerId } from '../../core/types.ts';
import type { LinkRef } from '../../net/network.ts';

// How long a chunk waits before delivery: a constant delay ± jitter, and TCP loss emulated as
// retransmission delay (a lost segment waits an RTO, 200 ms and doubling while it is lost again).
// A setting on one directed link overrides the global one. Order is kept by the hold queue.

export const INITIAL_RTO_MS = 200;
/** Retransmissions one chunk may wait for: beyond it a real connection would be long dead anyway. */
export const MAX_RETRANSMISSIONS = 6;

interface DelaySetting {
  latencyMs: number;
  jitterMs: number;
}

export type RandomSource = () => number;

export class LinkTiming {
  private globalDelay: DelaySetting | null = null;
  private readonly linkDelay = new Map<string, DelaySetting>();
  private globalDropPercent = 0;
  private readonly linkDropPercent = new Map<string, number>();

  constructor(private readonly random: RandomSource = Math.random) {}

  setDelay(link: LinkRef | null, latencyMs: number, jitterMs: number): void {
    const setting = latencyMs === 0 && jitterMs === 0 ? null : { latencyMs, jitterMs };
    if (link === null) this.globalDelay = setting;
    else if (setting) this.linkDelay.set(key(link), setting);
    else this.linkDelay.delete(key(link));
  }

  setDrop(link: LinkRef | null, percent: number): void {
    if (link === null) this.globalDropPercent = percent;
    else if (percent > 0) this.linkDropPercent.set(key(link), percent);
    else this.linkDropPercent.delete(key(link));
  }

  /** The wait for one chunk read now on (from → to), ms. */
  waitMs(from: ServerId, to: ServerId): number {
    return this.delayMs(from, to) + retransmissionWaitMs(this.dropPercent(from, to), this.random);
  }

  private delayMs(from: ServerId, to: ServerId): number {
    const setting = this.linkDelay.get(key({ from, to })) ?? this.globalDelay;
    if (!setting) return 0;
    const jitter = (this.random() * 2 - 1) * setting.jitterMs;
    return Math.max(0, setting.latencyMs + jitter);
  }

  private dropPercent(from: ServerId, to: ServerId): number {
    return this.linkDropPercent.get(key({ from, to })) ?? this.globalDropPercent;
  }
}

/** Every retransmission of a lost chunk may be lost again, with the same chance. */
export function retransmissionWaitMs(dropPercent: number, random: RandomSource): number {
  let waitMs = 0;
  let rtoMs = INITIAL_RTO_MS;
  for (let tries = 0; tries < MAX_RETRANSMISSIONS && random() * 100 < dropPercent; tries++) {
    waitMs += rtoMs;
    rtoMs *= 2;
  }
  return waitMs;
}

function key(link: LinkRef): string {
  return `${link.from}>${link.to}`;
}
