import { fourLetterWord, type FourLetterAnswer } from './fourLetter.ts';
import { parseMntr, parseSrvr, type SrvrAnswer } from './srvrParse.ts';

// One server's poll loop: `srvr` about 10 times a second, and `mntr` (heavier) every few rounds
// when asked (the bridge asks only of the leader). Each server has its own loop, so a SIGSTOPped
// JVM, which accepts the connection and never answers, stalls only its own (real-zookeeper.md).

export interface PollerOptions {
  intervalMs?: number;
  timeoutMs?: number;
  /** mntr on every n-th round: 4 at 10 Hz is 2.5 Hz. */
  mntrEveryRounds?: number;
  nowMs?: () => number;
}

export interface SrvrPoll {
  answer: FourLetterAnswer;
  /** The parsed answer; null when there was none or it was not srvr's text. */
  srvr: SrvrAnswer | null;
}

export interface PollerHooks {
  onSrvr(poll: SrvrPoll): void;
  onMntr(fields: Map<string, string>): void;
  wantsMntr(): boolean;
  /** Called every few rounds, for work at a lower rate (the epoch files). */
  onSlowRound?(): void;
}

export class ServerPoller {
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private round = 0;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly mntrEveryRounds: number;
  private readonly nowMs: () => number;

  constructor(
    private readonly port: number,
    private readonly hooks: PollerHooks,
    options: PollerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 100;
    this.timeoutMs = options.timeoutMs ?? 250;
    this.mntrEveryRounds = options.mntrEveryRounds ?? 4;
    this.nowMs = options.nowMs ?? (() => performance.now());
  }

  get pollHz(): number {
    return 1000 / this.intervalMs;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.runRound(), delayMs);
  }

  private async runRound(): Promise<void> {
    const startedMs = this.nowMs();
    this.round += 1;
    const answer = await fourLetterWord(this.port, 'srvr', this.timeoutMs, this.nowMs);
    if (this.stopped) return;
    this.hooks.onSrvr({ answer, srvr: answer.ok ? parseSrvr(answer.text) : null });
    if (answer.ok && this.round % this.mntrEveryRounds === 0 && this.hooks.wantsMntr()) {
      const mntr = await fourLetterWord(this.port, 'mntr', this.timeoutMs, this.nowMs);
      if (this.stopped) return;
      if (mntr.ok) this.hooks.onMntr(parseMntr(mntr.text));
    }
    if (this.round % this.mntrEveryRounds === 0) this.hooks.onSlowRound?.();
    this.schedule(Math.max(0, this.intervalMs - (this.nowMs() - startedMs)));
  }
}
