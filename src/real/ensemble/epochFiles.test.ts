import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEpochText, readEpochFiles } from './epochFiles.ts';

describe('epoch files', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('parses the decimal text ZooKeeper writes, and nothing else', () => {
    expect(parseEpochText('3\n')).toBe(3);
    expect(parseEpochText('')).toBeNull();
    expect(parseEpochText('0x3')).toBeNull();
    expect(parseEpochText(null)).toBeNull();
  });

  it('reads both files of a data dir, null for one not written yet', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'epochs-'));
    dirs.push(dataDir);
    mkdirSync(join(dataDir, 'version-2'));
    writeFileSync(join(dataDir, 'version-2', 'acceptedEpoch'), '4');
    expect(await readEpochFiles(dataDir)).toEqual({ acceptedEpoch: 4, currentEpoch: null });
  });
});
