// The leader's session expiry: ZooKeeper's ExpiryQueue with expirationInterval = tickTime.
// Sessions are grouped in buckets on tickTime boundaries, so a whole bucket expires at once.

export class SessionTracker {
  private readonly tickTimeMs: number;
  private readonly timeoutMsById = new Map<number, number>();
  private readonly expiryMsById = new Map<number, number>();
  /** bucket boundary (ms) → sessions expiring then. */
  private readonly buckets = new Map<number, Set<number>>();
  /** Expired sessions whose closeSession txn is on its way: no touch may revive them. */
  private readonly closing = new Set<number>();

  constructor(tickTimeMs: number) {
    if (!(tickTimeMs > 0)) throw new Error(`tickTimeMs must be positive, got ${tickTimeMs}`);
    this.tickTimeMs = tickTimeMs;
  }

  static clampTimeout(requestedMs: number, minMs: number, maxMs: number): number {
    return Math.min(maxMs, Math.max(minMs, requestedMs));
  }

  /** ExpiryQueue.roundToNextInterval: the tickTime boundary strictly after now + timeout. */
  bucketTimeMs(nowMs: number, timeoutMs: number): number {
    return (Math.floor((nowMs + timeoutMs) / this.tickTimeMs) + 1) * this.tickTimeMs;
  }

  /** Tracks a session (again) with a full timeout from now; clears any closing mark. */
  add(sessionId: number, timeoutMs: number, nowMs: number): void {
    this.closing.delete(sessionId);
    this.timeoutMsById.set(sessionId, timeoutMs);
    this.schedule(sessionId, this.bucketTimeMs(nowMs, timeoutMs));
  }

  /** Pushes the expiry back; false when the session is unknown or already expiring. */
  touch(sessionId: number, nowMs: number): boolean {
    const timeoutMs = this.timeoutMsById.get(sessionId);
    if (timeoutMs === undefined || this.closing.has(sessionId)) return false;
    this.schedule(sessionId, this.bucketTimeMs(nowMs, timeoutMs));
    return true;
  }

  remove(sessionId: number): void {
    this.unschedule(sessionId);
    this.timeoutMsById.delete(sessionId);
    this.closing.delete(sessionId);
  }

  has(sessionId: number): boolean {
    return this.timeoutMsById.has(sessionId);
  }

  isClosing(sessionId: number): boolean {
    return this.closing.has(sessionId);
  }

  /** When the session's bucket expires; null when unknown or already expiring. */
  expiryMsOf(sessionId: number): number | null {
    return this.expiryMsById.get(sessionId) ?? null;
  }

  /** The earliest bucket boundary still holding a live session, for the session-check timer. */
  nextExpiryMs(): number | null {
    let earliest: number | null = null;
    for (const atMs of this.buckets.keys()) if (earliest === null || atMs < earliest) earliest = atMs;
    return earliest;
  }

  /** Takes every session whose bucket time <= now, sorted, and marks them closing. */
  expire(nowMs: number): number[] {
    const expired: number[] = [];
    for (const [atMs, ids] of this.buckets) {
      if (atMs > nowMs) continue;
      this.buckets.delete(atMs);
      for (const id of ids) {
        this.expiryMsById.delete(id);
        this.closing.add(id);
        expired.push(id);
      }
    }
    return expired.sort((a, b) => a - b);
  }

  /** Tracked sessions, the closing ones included (they go on remove). */
  get size(): number {
    return this.timeoutMsById.size;
  }

  private schedule(sessionId: number, atMs: number): void {
    if (this.expiryMsById.get(sessionId) === atMs) return;
    this.unschedule(sessionId);
    this.expiryMsById.set(sessionId, atMs);
    let bucket = this.buckets.get(atMs);
    if (!bucket) this.buckets.set(atMs, (bucket = new Set()));
    bucket.add(sessionId);
  }

  private unschedule(sessionId: number): void {
    const atMs = this.expiryMsById.get(sessionId);
    if (atMs === undefined) return;
    this.expiryMsById.delete(sessionId);
    const bucket = this.buckets.get(atMs);
    bucket?.delete(sessionId);
    if (bucket?.size === 0) this.buckets.delete(atMs);
  }
}
