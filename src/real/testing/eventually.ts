// For the tests that start real servers: wait for an eventual state, polling every 25 ms, and on
// the deadline say what was awaited and what the servers were doing.

export async function eventually<T>(what: string, probe: () => T | null | undefined | false, deadlineMs: number, describeState: () => string = () => ''): Promise<T> {
  const until = performance.now() + deadlineMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > until) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}; servers: ${describeState()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
