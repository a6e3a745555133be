import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every bridge records the JVMs it runs in its own file (named by its pid) in one shared folder, so
// the next bridge can reap the orphans of one that crashed. It reaps only files whose bridge is
// gone, and only pids whose command line is still that server's QuorumPeerMain: a pid reused by
// another program, or a JVM of a bridge still running, is never touched.

export const PID_DIR = join(tmpdir(), 'zk-playground-bridge.pids');
export const SERVER_CLASS = 'org.apache.zookeeper.server.quorum.QuorumPeerMain';

export interface ProcessTable {
  isAlive(pid: number): boolean;
  /** The process's arguments, or null when there is no such process. */
  commandLine(pid: number): string[] | null;
  kill(pid: number): void;
}

export const systemProcessTable: ProcessTable = {
  isAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: it exists, owned by someone else.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  commandLine(pid) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((arg) => arg !== '');
    } catch {
      return null;
    }
  },
  kill(pid) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  },
};

interface Entry {
  pid: number;
  configPath: string;
}

export class PidRegistry {
  private readonly entries = new Map<number, string>();

  constructor(
    private readonly dir: string = PID_DIR,
    private readonly bridgePid: number = process.pid,
    private readonly table: ProcessTable = systemProcessTable,
  ) {}

  add(pid: number, configPath: string): void {
    this.entries.set(pid, configPath);
    this.save();
  }

  remove(pid: number): void {
    if (this.entries.delete(pid)) this.save();
  }

  /** Kills (SIGKILL) the servers of bridges that are gone; returns their pids. */
  reapOrphans(): number[] {
    const reaped: number[] = [];
    for (const name of listOrEmpty(this.dir)) {
      const owner = Number(name);
      if (!Number.isInteger(owner) || owner === this.bridgePid || this.table.isAlive(owner)) continue;
      for (const entry of readEntries(join(this.dir, name))) {
        if (this.isOurServer(entry)) {
          this.table.kill(entry.pid);
          reaped.push(entry.pid);
        }
      }
      rmSync(join(this.dir, name), { force: true });
    }
    return reaped;
  }

  private isOurServer(entry: Entry): boolean {
    const args = this.table.commandLine(entry.pid);
    return args !== null && args.includes(SERVER_CLASS) && args.at(-1) === entry.configPath;
  }

  private save(): void {
    const file = join(this.dir, String(this.bridgePid));
    if (this.entries.size === 0) {
      rmSync(file, { force: true });
      return;
    }
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(file, [...this.entries].map(([pid, config]) => `${pid}\t${config}\n`).join(''));
  }
}

function listOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function readEntries(file: string): Entry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const entries: Entry[] = [];
  for (const line of text.split('\n')) {
    const [pid, configPath] = line.split('\t');
    if (pid && configPath && /^\d+$/.test(pid)) entries.push({ pid: Number(pid), configPath });
  }
  return entries;
}
