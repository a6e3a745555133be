import { afterEach, describe, expect, it } from 'vitest';
import { installReaper } from './reaper.ts';

const events = ['exit', 'SIGINT', 'SIGTERM', 'uncaughtException'] as const;
type Listener = (...args: unknown[]) => void;

describe('installReaper', () => {
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    uninstall = null;
  });

  function added(before: Map<string, Listener[]>, event: string): Listener {
    const now = process.listeners(event as 'exit') as Listener[];
    const fresh = now.filter((l) => !(before.get(event) ?? []).includes(l));
    expect(fresh).toHaveLength(1);
    return fresh[0] as Listener;
  }

  it('kills synchronously on exit and on a signal (without exiting when asked not to), and uninstalls cleanly', () => {
    const before = new Map(events.map((e) => [e, [...(process.listeners(e as 'exit') as Listener[])]]));
    let stops = 0;
    uninstall = installReaper(() => stops++, { exitOnSignal: false });
    added(before, 'exit')();
    added(before, 'SIGTERM')('SIGTERM');
    expect(stops).toBe(2);
    uninstall();
    uninstall = null;
    for (const event of events) expect(process.listeners(event as 'exit')).toEqual(before.get(event));
  });
});
