// Timers by name and generation, for every core a host runs: setting a name again replaces its
// timer, and only the latest generation may fire. The scheduler keeps (name, generation) pairs; a
// pair whose generation is no longer the table's is stale and is ignored when it falls due.

export class TimerTable<N extends string> {
  private readonly current = new Map<N, number>();
  private lastGen = 0;

  /** Arms `name` again; returns the generation the scheduler must hand back. */
  arm(name: N): number {
    const gen = ++this.lastGen;
    this.current.set(name, gen);
    return gen;
  }

  cancel(name: N): void {
    this.current.delete(name);
  }

  /** Whether (name, gen) is the live timer of that name. */
  isLive(name: N, gen: number): boolean {
    return this.current.get(name) === gen;
  }

  /** Takes the live timer (name, gen) off the table as it fires; false when it is stale. */
  take(name: N, gen: number): boolean {
    if (this.current.get(name) !== gen) return false;
    this.current.delete(name);
    return true;
  }

  clear(): void {
    this.current.clear();
  }
}
