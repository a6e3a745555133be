import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';

// One server's JVM: spawned without a shell, in the foreground process group (detached: false, so
// a terminal's Ctrl-C reaches it too), its stdout and stderr in files in its folder. Signals are
// sent by pid; an exit is `expected` when it follows our own SIGKILL.

export interface ProcessExit {
  code: number | null;
  signal: string | null;
  expected: boolean;
}

export interface ServerCommand {
  java: string;
  args: string[];
  cwd: string;
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  private exitWaiters: Array<() => void> = [];
  private killedByUs = false;
  paused = false;

  constructor(
    private readonly command: ServerCommand,
    private readonly onExit: (exit: ProcessExit, pid: number) => void,
  ) {}

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Spawns the JVM; resolves with its pid, or rejects when it could not start (no java binary). */
  start(): Promise<number> {
    if (this.child) return Promise.reject(new Error('already running'));
    const out = openSync(join(this.command.cwd, 'stdout.txt'), 'a');
    const err = openSync(join(this.command.cwd, 'stderr.txt'), 'a');
    const child = spawn(this.command.java, this.command.args, { cwd: this.command.cwd, stdio: ['ignore', out, err], detached: false, shell: false });
    closeSync(out);
    closeSync(err);
    this.child = child;
    this.killedByUs = false;
    this.paused = false;
    return new Promise((resolve, reject) => {
      child.once('spawn', () => resolve(child.pid as number));
      child.once('error', (error) => {
        if (this.child === child) this.child = null;
        this.releaseWaiters();
        reject(error);
      });
      child.once('exit', (code, signal) => this.exited(child, code, signal));
    });
  }

  kill(): void {
    this.killedByUs = this.signal('SIGKILL') || this.killedByUs;
  }

  pause(): void {
    if (this.signal('SIGSTOP')) this.paused = true;
  }

  resume(): void {
    if (this.signal('SIGCONT')) this.paused = false;
  }

  /** Resolves once no JVM runs (at once when none does). */
  waitForExit(): Promise<void> {
    if (!this.child) return Promise.resolve();
    return new Promise((resolve) => this.exitWaiters.push(resolve));
  }

  private signal(name: NodeJS.Signals): boolean {
    const pid = this.pid;
    if (pid === null) return false;
    try {
      process.kill(pid, name);
      return true;
    } catch {
      return false;
    }
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    this.child = null;
    this.paused = false;
    this.onExit({ code, signal, expected: this.killedByUs }, child.pid as number);
    this.releaseWaiters();
  }

  private releaseWaiters(): void {
    const waiters = this.exitWaiters;
    this.exitWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
