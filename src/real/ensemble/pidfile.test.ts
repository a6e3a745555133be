import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PidRegistry, SERVER_CLASS, type ProcessTable } from './pidfile.ts';

/** A process table with the given live processes and their command lines; records kills. */
function fakeTable(processes: Record<number, string[]>): ProcessTable & { killed: number[] } {
  const killed: number[] = [];
  return {
    killed,
    isAlive: (pid) => pid in processes && !killed.includes(pid),
    commandLine: (pid) => (pid in processes && !killed.includes(pid) ? (processes[pid] ?? null) : null),
    kill: (pid) => void killed.push(pid),
  };
}

const serverArgs = (config: string) => ['/usr/bin/java', '-cp', 'x.jar', SERVER_CLASS, config];

describe('PidRegistry', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pids-'));
    dirs.push(dir);
    return dir;
  };

  it("reaps a dead bridge's servers whose command line still matches, and nothing else", () => {
    const dir = freshDir();
    const table = fakeTable({ 501: serverArgs('/w/server-1/zoo.cfg'), 502: ['/usr/bin/vim'], 503: serverArgs('/other/zoo.cfg'), 900: ['node', 'bridge'] });
    const crashed = new PidRegistry(dir, 111, table);
    crashed.add(501, '/w/server-1/zoo.cfg');
    crashed.add(502, '/w/server-2/zoo.cfg'); // its pid now belongs to another program
    crashed.add(503, '/w/server-3/zoo.cfg'); // a server, but not this one
    const next = new PidRegistry(dir, 900, table);
    expect(next.reapOrphans()).toEqual([501]);
    expect(table.killed).toEqual([501]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the servers of a bridge that still runs', () => {
    const dir = freshDir();
    const table = fakeTable({ 222: ['node', 'other bridge'], 601: serverArgs('/w/zoo.cfg') });
    new PidRegistry(dir, 222, table).add(601, '/w/zoo.cfg');
    expect(new PidRegistry(dir, 900, table).reapOrphans()).toEqual([]);
    expect(table.killed).toEqual([]);
  });

  it('removes its own file when its last server is gone', () => {
    const dir = freshDir();
    const registry = new PidRegistry(dir, 333, fakeTable({}));
    registry.add(700, '/w/zoo.cfg');
    expect(readdirSync(dir)).toEqual(['333']);
    registry.remove(700);
    expect(readdirSync(dir)).toEqual([]);
  });
});
