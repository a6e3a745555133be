import { fork, type ChildProcess } from 'node:child_process';
import { parseChildMessage, type ChildMessage, type HostCommand } from './childProtocol.ts';

// A child process that is started again whenever it dies, so that what runs inside it (a client
// library that can crash its process) never takes the bridge down. Its messages are parsed before
// anyone sees them; a malformed one is reported and dropped.

export interface ChildEvents {
  /** A new process is up and said 'ready': the owner opens its sessions again. */
  onStarted(): void;
  onMessage(message: ChildMessage): void;
  /** The process ended without being asked to; every session it held is gone. */
  onDied(code: number | null, signal: string | null): void;
  onMalformed(problem: string): void;
}

export interface RestartingChildOptions {
  script: string;
  /** Node flags for the child: tsx's loader, so it can run a .ts file. */
  execArgv: string[];
  /** The first restart waits this long, doubling up to maxRestartDelayMs while it keeps dying. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
}

/** A process that lived this long was healthy: its next restart waits the shortest delay again. */
const HEALTHY_AFTER_MS = 10_000;
/** How long stop() waits for SIGTERM before SIGKILL. */
const STOP_GRACE_MS = 1000;

export class RestartingChild {
  private child: ChildProcess | null = null;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private delayMs: number;
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private ready = false;
  private errorLine: string | null = null;
  /** How many processes were started, the first included. */
  starts = 0;

  constructor(
    private readonly options: RestartingChildOptions,
    private readonly events: ChildEvents,
  ) {
    this.minDelayMs = options.restartDelayMs ?? 200;
    this.maxDelayMs = options.maxRestartDelayMs ?? 5000;
    this.delayMs = this.minDelayMs;
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** True while a process runs and has said 'ready'. */
  get isReady(): boolean {
    return this.ready;
  }

  start(): void {
    if (this.stopping || this.child !== null) return;
    this.starts++;
    const startedAtMs = Date.now();
    // Its output is kept, not shown: a crash's stack trace is for the report, never for the terminal.
    const child = fork(this.options.script, [], { execArgv: this.options.execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'json' });
    this.child = child;
    this.ready = false;
    child.stdout?.resume();
    child.stderr?.setEncoding('utf8').on('data', (text: string) => this.keepOutput(text));
    child.on('message', (raw: unknown) => this.onRaw(raw));
    // A failed spawn (or a failed send) also ends in 'exit' or 'close'; the error itself is not news.
    child.on('error', () => undefined);
    child.on('exit', (code, signal) => this.onExit(child, startedAtMs, code, signal));
  }

  send(command: HostCommand): boolean {
    if (!this.ready || this.child === null || !this.child.connected) return false;
    this.child.send(command);
    return true;
  }

  /** Stops the process by its PID (SIGTERM, then SIGKILL) and starts no other. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer !== null) clearTimeout(this.restartTimer);
    const child = this.child;
    if (child === null || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(forced);
  }

  /** The first line of the last error the child printed (e.g. "RangeError: ..."), or null. */
  get lastError(): string | null {
    return this.errorLine;
  }

  private keepOutput(text: string): void {
    const line = text.split('\n').find((l) => /^\w*Error\b/.test(l.trim()));
    if (line !== undefined) this.errorLine = line.trim().slice(0, 300);
  }

  private onRaw(raw: unknown): void {
    const parsed = parseChildMessage(raw);
    if (!parsed.ok) return this.events.onMalformed(parsed.problem);
    if (parsed.value.type === 'ready') {
      this.ready = true;
      return this.events.onStarted();
    }
    this.events.onMessage(parsed.value);
  }

  private onExit(child: ChildProcess, startedAtMs: number, code: number | null, signal: string | null): void {
    if (this.child !== child) return;
    this.child = null;
    this.ready = false;
    if (this.stopping) return;
    this.events.onDied(code, signal);
    this.delayMs = Date.now() - startedAtMs >= HEALTHY_AFTER_MS ? this.minDelayMs : this.delayMs;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.start();
    }, this.delayMs);
    this.delayMs = Math.min(this.maxDelayMs, this.delayMs * 2);
  }
}
