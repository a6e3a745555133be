import { describe, expect, it } from 'vitest';
import { ManualFrameClock } from './manualFrameClock.ts';
import { SimDriver } from './simDriver.ts';
import { defaultSpecInput, makeSpec } from './spec.ts';
import { MAX_TRACE_BYTES, readTrace, TRACE_VERSION } from './traceFile.ts';

// The JSON trace: regenerated from the recording by a headless replay, so a trace imported and
// exported again is the same bytes; a damaged file is refused with one sentence.

function recordedRun(): SimDriver {
  const clock = new ManualFrameClock();
  const driver = new SimDriver({ clock });
  driver.setSpeed(10);
  driver.start(makeSpec(defaultSpecInput(3, 11)));
  clock.frame(16);
  const until = (ms: number) => {
    while (driver.timeMs < ms) clock.frame(50);
  };
  until(3000);
  driver.connectClient('c1', 2, 6000);
  driver.clientOp('c1', { type: 'create', path: '/k', value: 'v', mode: 'persistent' });
  until(5000);
  driver.crash(driver.simCluster!.serviceLeader()!.leader);
  until(20_000);
  return driver;
}

function exported(driver: SimDriver, atMs: number): string {
  const trace = driver.exportTrace(atMs);
  if (!trace.ok) throw new Error(trace.message);
  return trace.text;
}

describe('the JSON trace', () => {
  it('holds the script, the records and the server messages up to its time', () => {
    const driver = recordedRun();
    const read = readTrace(exported(driver, 20_000));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.trace.version).toBe(TRACE_VERSION);
    expect(read.trace.atMs).toBe(20_000);
    expect(read.trace.script).toBe(driver.recordedScript().text);
    expect(read.trace.events.some((e) => e.kind === 'crash')).toBe(true);
    expect(read.trace.events.every((e) => e.t <= 20_000)).toBe(true);
    expect(read.trace.messages.length).toBeGreaterThan(50);
    expect(read.trace.messages.every((m) => typeof m.from === 'number' && typeof m.to === 'number' && m.sentMs <= 20_000 && m.deliverMs >= m.sentMs)).toBe(true);
  });

  it('imported back and exported again is identical', () => {
    const text = exported(recordedRun(), 20_000);
    const read = readTrace(text);
    if (!read.ok) throw new Error(read.message);
    const other = new SimDriver({ clock: new ManualFrameClock() });
    other.start(makeSpec(defaultSpecInput(5, 1)));
    expect(other.playScript(read.trace.script, { atMs: read.trace.atMs }).ok).toBe(true);
    expect(exported(other, read.trace.atMs)).toBe(text);
  });

  it('a trace of an earlier moment holds only what happened by then', () => {
    const driver = recordedRun();
    const read = readTrace(exported(driver, 4000));
    if (!read.ok) throw new Error(read.message);
    expect(read.trace.script).not.toContain('crash');
    expect(read.trace.script).toContain('connect c1 to 2');
  });

  it('refuses corrupted, truncated, wrong-version, foreign and too large files with one sentence', () => {
    const text = exported(recordedRun(), 20_000);
    const refusal = (t: string) => {
      const read = readTrace(t);
      expect(read.ok).toBe(false);
      return read.ok ? '' : read.message;
    };
    expect(refusal(text.slice(0, text.length / 2))).toMatch(/not valid JSON: it may be cut short or corrupted/);
    expect(refusal(text.replace('"kind":"crash"', '"kind":"kill"'))).toMatch(/corrupted: its content does not match its checksum/);
    expect(refusal(text.replace('"c1"', '"c9"'))).toMatch(/checksum/);
    expect(refusal(text.replace(`"version":${TRACE_VERSION}`, '"version":1'))).toMatch(/version 1; this page reads version 2/);
    expect(refusal(text.replace('"format":"zookeeper-playground-trace"', '"format":"other"'))).toMatch(/not a playground trace/);
    expect(refusal('[1,2,3]')).toMatch(/not a playground trace/);
    expect(refusal(text.replace(/"atMs":\d+/, '"atMs":-5'))).toMatch(/corrupted: its time/);
    expect(refusal(' '.repeat(MAX_TRACE_BYTES + 1))).toMatch(/larger than 64 MB/);
    for (const message of [refusal('{'), refusal('{"format":"zookeeper-playground-trace","version":1}')]) {
      expect(message.split('\n')).toHaveLength(1);
      expect(message).not.toMatch(/Error|at \w+ \(/);
    }
  });
});
