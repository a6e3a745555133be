import { describe, expect, it } from 'vitest';
import { ManualFrameClock } from './manualFrameClock.ts';
import { MessageLog, messageKindOf, type LoggedMessage } from './messageLog.ts';
import { SimDriver } from './simDriver.ts';
import { makeSpec, defaultSpecInput } from './spec.ts';
import type { DriverUpdate } from './types.ts';

// The space-time diagram's message log: bounded, complete in the simulator, with TCP's held flag,
// in the order TCP lets packets leave.

/** A simulated 5-server cluster at 10× (1 s of simulated time per 100 ms frame). */
function simulated() {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  const updates: DriverUpdate[] = [];
  driver.subscribe((u) => updates.push(u));
  driver.start(makeSpec(defaultSpecInput(5, 7)));
  driver.setSpeed(10);
  const runToMs = (ms: number) => {
    while (driver.timeMs < ms) clock.frame(100);
  };
  return { driver, updates, runToMs };
}

function all(log: MessageLog | undefined): LoggedMessage[] {
  if (!log) throw new Error('no log in the update');
  const out: LoggedMessage[] = [];
  for (let seq = log.firstSeq; seq < log.total; seq++) out.push(log.get(seq)!);
  return out;
}

describe('MessageLog', () => {
  it('keeps the last `capacity` messages and forgets older ones', () => {
    const log = new MessageLog({ sampled: false, capacity: 8 });
    for (let i = 0; i < 20; i++) log.append(1, 2, 'ping', i * 10, i * 10 + 2, false, null);
    expect(log.total).toBe(20);
    expect(log.firstSeq).toBe(12);
    expect(log.get(11)).toBeNull();
    expect(log.get(20)).toBeNull();
    expect(log.get(12)).toMatchObject({ seq: 12, from: 1, to: 2, type: 'ping', kind: 'ping', sentMs: 120, deliveredMs: 122, held: false });
    expect(log.get(19)?.sentMs).toBe(190);
  });

  it('sorts message types into the kinds the diagram styles', () => {
    expect(['ping', 'notification', 'diff', 'proposal', 'ack', 'request', 'close', 'heartbeat', 'what'].map(messageKindOf)).toEqual([
      'ping',
      'notification',
      'sync',
      'broadcast',
      'broadcast',
      'client',
      'connection',
      'heartbeat',
      'connection',
    ]);
  });

  it('records every server-to-server message in the simulator, with contents, whether animation is on or off', () => {
    const { driver, updates, runToMs } = simulated();
    driver.setAnimateMessages(false);
    runToMs(8_000);
    const log = updates.at(-1)!.log as MessageLog;
    expect(log.sampled).toBe(false);
    const messages = all(log);
    expect(messages.filter((m) => m.type === 'notification').length).toBeGreaterThan(10);
    expect(messages.filter((m) => m.type === 'ping').length).toBeGreaterThan(10);
    const ping = messages.find((m) => m.type === 'ping')!;
    expect(ping.summary).toMatchObject({ type: 'ping', sessions: 0 });
    const vote = messages.find((m) => m.type === 'notification')!;
    expect(vote.summary).toMatchObject({ type: 'notification', state: 'looking' });
    for (const m of messages) expect(m.deliveredMs).toBeGreaterThanOrEqual(m.sentMs);
  });

  it('flags held exactly the packets a cut delayed, recorded when the cut heals with their send time', () => {
    const { driver, updates, runToMs } = simulated();
    runToMs(6_000);
    const cluster = driver.simCluster!;
    const leader = cluster.currentLeader()!;
    const follower = cluster.ids.find((id) => id !== leader)!;
    const cutAtMs = driver.timeMs;
    driver.cut({ from: leader, to: follower }, false);
    runToMs(cutAtMs + 3_000);
    const healAtMs = driver.timeMs;
    driver.restoreLink({ from: leader, to: follower }, false);
    runToMs(healAtMs + 3_000);
    const messages = all(updates.at(-1)!.log as MessageLog);

    const cutDirection = messages.filter((m) => m.from === leader && m.to === follower);
    const held = cutDirection.filter((m) => m.held);
    // The leader pings every half tick (1 s): about three pings waited for the link.
    expect(held.length).toBeGreaterThanOrEqual(2);
    for (const m of held) {
      expect(m.sentMs).toBeGreaterThanOrEqual(cutAtMs);
      expect(m.sentMs).toBeLessThan(healAtMs);
      expect(m.deliveredMs).toBeGreaterThanOrEqual(healAtMs);
    }
    // Before the cut and after the heal nothing on that direction is held, nor on any other.
    for (const m of cutDirection) if (m.sentMs < cutAtMs || m.sentMs > healAtMs) expect(m.held).toBe(false);
    expect(messages.filter((m) => m.held && !(m.from === leader && m.to === follower))).toEqual([]);

    // Order: as they left. The held ones appear after what the other links carried meanwhile.
    const firstHeld = messages.findIndex((m) => m.held);
    expect(messages.slice(firstHeld - 3, firstHeld).every((m) => m.sentMs > held[0]!.sentMs)).toBe(true);
    const heldSeqs = messages.filter((m) => m.held).map((m) => m.seq);
    expect(heldSeqs).toEqual([...heldSeqs].sort((a, b) => a - b));
    expect(held.map((m) => m.sentMs)).toEqual([...held.map((m) => m.sentMs)].sort((a, b) => a - b));
  });

  it('starts a new log with every run', () => {
    const { driver, updates, runToMs } = simulated();
    runToMs(3_000);
    const first = updates.at(-1)!.log;
    driver.start(makeSpec(defaultSpecInput(5, 7)));
    runToMs(1_000);
    expect(updates.at(-1)!.log).not.toBe(first);
  });
});

describe('MessageLog.recordedMsOf', () => {
  it('never goes back, and bounds how late an earlier message was delivered', () => {
    const log = new MessageLog({ sampled: false });
    log.append(1, 2, 'ping', 100, 102, false, null);
    log.append(1, 2, 'ping', 200, 202, false, null);
    // Held since 50, let go at 200 by a heal: recorded at 200, delivered at 203.
    log.append(1, 3, 'ping', 50, 203, true, null);
    log.append(2, 1, 'ping', 300, 302, false, null);
    expect([0, 1, 2, 3].map((s) => log.recordedMsOf(s))).toEqual([100, 200, 200, 300]);
    expect(log.maxTransitMs).toBe(3);
    for (let seq = 0; seq < log.total; seq++) for (let later = seq; later < log.total; later++) expect(log.deliveredMsOf(seq)).toBeLessThanOrEqual(log.recordedMsOf(later) + log.maxTransitMs);
  });
});
