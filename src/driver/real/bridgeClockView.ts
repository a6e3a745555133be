// The bridge's clock as the page runs it between updates: the last bridge time heard, moved on at
// 1× by the page's own clock, so ages grow every frame while no update comes. Never backwards: a
// late update that reads earlier than the extrapolation holds the clock until it catches up.

export class BridgeClockView {
  private bridgeMs = 0;
  private heardAtRealMs: number | null = null;
  private shownMs = 0;
  private stopped = false;

  constructor(private readonly realNowMs: () => number) {}

  /** The bridge said its time is `bridgeMs` now. */
  heard(bridgeMs: number): void {
    this.bridgeMs = bridgeMs;
    this.heardAtRealMs = this.realNowMs();
  }

  /** The link ended: time stands where it was last shown (nothing more will be observed). */
  stop(): void {
    this.nowMs();
    this.stopped = true;
  }

  /** Bridge ms now (0 before the bridge said anything). */
  nowMs(): number {
    if (this.heardAtRealMs === null || this.stopped) return this.shownMs;
    const extrapolated = this.bridgeMs + Math.max(0, this.realNowMs() - this.heardAtRealMs);
    this.shownMs = Math.max(this.shownMs, extrapolated);
    return this.shownMs;
  }
}
