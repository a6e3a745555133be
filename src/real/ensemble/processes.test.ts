import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerProcess, type ProcessExit } from './processes.ts';

// A stand-in child (node idling) instead of a JVM: the signalling and exit bookkeeping are the same.

function statOf(pid: number): string {
  try {
    // /proc/<pid>/stat: "pid (comm) S ...": the state letter after the command name.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').charAt(0);
  } catch {
    return '';
  }
}

/** Whether `check` holds within a generous deadline (signals are delivered asynchronously). */
async function eventually(check: () => boolean, deadlineMs = 5000): Promise<boolean> {
  const until = performance.now() + deadlineMs;
  while (!check()) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

describe('ServerProcess', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  function idler(exits: ProcessExit[]): ServerProcess {
    const dir = mkdtempSync(join(tmpdir(), 'proc-'));
    const child = new ServerProcess({ java: process.execPath, args: ['-e', 'setInterval(() => {}, 1000)'], cwd: dir }, (exit) => exits.push(exit));
    cleanup.push(async () => {
      child.kill();
      await child.waitForExit();
      rmSync(dir, { recursive: true, force: true });
    });
    return child;
  }

  it('pauses, resumes and kills by pid; an exit after our SIGKILL is expected', async () => {
    const exits: ProcessExit[] = [];
    const child = idler(exits);
    const pid = await child.start();
    expect(child.running).toBe(true);
    child.pause();
    expect(child.paused).toBe(true);
    expect(await eventually(() => statOf(pid) === 'T')).toBe(true);
    child.resume();
    expect(child.paused).toBe(false);
    expect(await eventually(() => statOf(pid) !== 'T')).toBe(true);
    child.kill();
    await child.waitForExit();
    expect(child.running).toBe(false);
    expect(exits).toEqual([{ code: null, signal: 'SIGKILL', expected: true }]);
  });

  it('an exit it did not cause is not expected', async () => {
    const exits: ProcessExit[] = [];
    const child = idler(exits);
    const pid = await child.start();
    process.kill(pid, 'SIGTERM');
    await child.waitForExit();
    expect(exits).toEqual([{ code: null, signal: 'SIGTERM', expected: false }]);
  });

  it('rejects when the binary does not exist, and is not running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proc-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const child = new ServerProcess({ java: join(dir, 'no-java'), args: [], cwd: dir }, () => {});
    await expect(child.start()).rejects.toThrow(/ENOENT/);
    expect(child.running).toBe(false);
  });
});
