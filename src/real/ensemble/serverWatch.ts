import type { ServerId } from '../../core/types.ts';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import type { NodeSnapshot } from '../../driver/types.ts';
import type { BridgeClock, EnsembleSetup, RecordSink } from '../contract.ts';
import { serverPorts } from '../portPlan.ts';
import { javaArgs, type ServerLayout } from './config.ts';
import { readEpochFiles, type EpochFiles } from './epochFiles.ts';
import { LogInterpreter } from './logInterpreter.ts';
import { interpretLogEntry, type LogEntry } from './logParse.ts';
import { LogTail } from './logTail.ts';
import { snapshotOf } from './nodeSnapshot.ts';
import { ServerPoller, type SrvrPoll } from './poller.ts';
import { PollHealth } from './pollHealth.ts';
import { ServerProcess, type ProcessExit } from './processes.ts';
import type { PidRegistry } from './pidfile.ts';
import type { SrvrAnswer } from './srvrParse.ts';

// One server: its JVM, its poll loop, its log tail and what they observed. Records go to the sink
// as they are seen; nodes() reads the picture at any time.

export class ServerWatch {
  private readonly process: ServerProcess;
  private readonly poller: ServerPoller;
  private readonly tail: LogTail;
  private readonly interpreter: LogInterpreter;
  private readonly health: PollHealth;
  private srvr: SrvrAnswer | null = null;
  private lastKnownZxid: number | null = null;
  private epochs: EpochFiles = { acceptedEpoch: null, currentEpoch: null };
  private mntr: Map<string, string> | null = null;
  version: string | null = null;

  constructor(
    readonly id: ServerId,
    private readonly layout: ServerLayout,
    setup: EnsembleSetup,
    private readonly clock: BridgeClock,
    private readonly sink: RecordSink,
    private readonly pids: PidRegistry,
    leaderOfQuorumPort: (port: number) => ServerId | null,
  ) {
    this.process = new ServerProcess({ java: setup.java, args: javaArgs(setup.classpath, layout), cwd: layout.dir }, (exit, pid) => this.exited(exit, pid));
    this.poller = new ServerPoller(serverPorts(setup.ports, id).clientPort, {
      onSrvr: (poll) => this.polled(poll),
      onMntr: (fields) => (this.mntr = fields),
      wantsMntr: () => this.srvr?.serving === true && this.srvr.mode === 'leader',
      onSlowRound: () => void this.readEpochs(),
    });
    // Log times come from the lines themselves, so reading them every 100 ms costs no accuracy.
    this.tail = new LogTail(layout.logPath, (entries) => this.logged(entries), 100, () => clock.nowMs());
    this.interpreter = new LogInterpreter({ self: id, voterCount: setup.voters.length, tickTimeMs: setup.tickTimeMs, initLimitTicks: setup.initLimitTicks, syncLimitTicks: setup.syncLimitTicks, leaderOfQuorumPort });
    this.health = new PollHealth(id);
  }

  get pid(): number | null {
    return this.process.pid;
  }

  get pollHz(): number {
    return this.poller.pollHz;
  }

  async start(): Promise<void> {
    // The previous process's last lines belong to it, not to the one starting now.
    await this.tail.drain();
    await this.readEpochs();
    // A fresh data dir has no currentEpoch file; the server then takes 0.
    this.interpreter.processStarted(this.epochs.currentEpoch ?? 0);
    const pid = await this.process.start();
    this.pids.add(pid, this.layout.configPath);
    this.health.reset();
    this.emit({ t: this.clock.nowMs(), node: this.id, kind: 'process-started', pid, acceptedEpoch: this.epochs.acceptedEpoch, currentEpoch: this.epochs.currentEpoch, source: 'poll' });
    this.tail.start();
    this.poller.start();
  }

  kill(): void {
    this.process.kill();
  }

  pause(): void {
    this.process.pause();
  }

  resume(): void {
    this.process.resume();
    this.health.reset();
  }

  get running(): boolean {
    return this.process.running;
  }

  async stop(): Promise<void> {
    this.process.kill();
    await this.process.waitForExit();
  }

  /** Stops observing (after the process is gone), reading the log to its end. */
  async close(): Promise<void> {
    this.poller.stop();
    await this.tail.stop();
  }

  waitForExit(): Promise<void> {
    return this.process.waitForExit();
  }

  snapshot(atMs: number): NodeSnapshot {
    return snapshotOf(
      { id: this.id, running: this.process.running, paused: this.process.paused, answering: this.health.answering, srvr: this.srvr, lastKnownZxid: this.lastKnownZxid, epochs: this.epochs, log: this.interpreter.picture(), mntr: this.mntr },
      atMs,
    );
  }

  polledZxid(): number | null {
    return this.srvr?.serving ? this.srvr.zxid : null;
  }

  healthView(): { id: ServerId; lastAnswerMs: number | null; roundTripMs: number | null; answering: boolean; lastPollMs: number | null; lastLogReadMs: number | null } {
    return { id: this.id, lastAnswerMs: this.health.lastAnswerMs, roundTripMs: this.health.roundTripMs, answering: this.health.answering, lastPollMs: this.health.lastPollMs, lastLogReadMs: this.tail.lastReadMs };
  }

  private polled(poll: SrvrPoll): void {
    const t = this.clock.nowMs();
    const counts = this.process.running && !this.process.paused;
    for (const record of this.health.take(poll, t, counts)) this.emit(record);
    this.srvr = poll.srvr;
    if (poll.srvr?.serving) {
      this.lastKnownZxid = poll.srvr.zxid;
      this.version ??= poll.srvr.version;
      if (poll.srvr.mode !== 'leader') this.mntr = null;
    }
  }

  private logged(entries: LogEntry[]): void {
    for (const entry of entries) {
      const fact = interpretLogEntry(entry);
      if (fact) for (const record of this.interpreter.take(entry, fact, this.clock.fromWallMs(entry.wallMs))) this.emit(record);
    }
  }

  private exited(exit: ProcessExit, pid: number): void {
    const t = this.clock.nowMs();
    this.pids.remove(pid);
    this.srvr = null;
    this.mntr = null;
    this.health.reset();
    // Its last log lines first, then its exit.
    void this.tail.drain().then(() => this.emit({ t, node: this.id, kind: 'process-exited', code: exit.code, signal: exit.signal, expected: exit.expected, source: 'poll' }));
  }

  private async readEpochs(): Promise<void> {
    this.epochs = await readEpochFiles(this.layout.dataDir);
  }

  private emit(record: ObservedRecord): void {
    this.sink(record);
  }
}
