import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from './logParse.ts';
import { LogTail } from './logTail.ts';

const line = (ms: number, message: string) => `2026-12-01T19:32:19.${String(ms).padStart(3, '0')}+0000 INFO  Learner [main] - ${message}\n`;

describe('LogTail', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('waits for the file, then reads what is appended, with an exception kept on its entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tail-'));
    dirs.push(dir);
    const path = join(dir, 'zookeeper.log');
    const seen: LogEntry[] = [];
    const tail = new LogTail(path, (entries) => seen.push(...entries));
    await tail.readNew();
    expect(tail.lastReadMs).toBeNull();

    appendFileSync(path, line(1, 'first') + line(2, 'Exception when following the leader') + 'java.io.EOFException\n');
    await tail.readNew();
    expect(seen.map((e) => e.message)).toEqual(['first']);
    await tail.readNew(); // nothing new: the held entry is complete
    expect(seen.map((e) => e.message)).toEqual(['first', 'Exception when following the leader']);
    expect(seen[1]?.continuation).toEqual(['java.io.EOFException']);

    appendFileSync(path, line(3, 'last'));
    await tail.stop();
    expect(seen.map((e) => e.message)).toEqual(['first', 'Exception when following the leader', 'last']);
  });
});
