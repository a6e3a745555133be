import type { UserOp } from '../../core/client.ts';
import type { ServerId } from '../../core/types.ts';
import type { BridgeLinkEvent, BridgeRecord } from '../../host/observedRecords.ts';
import type { LinkRef } from '../../net/network.ts';
import { pausesOn } from '../autoPause.ts';
import { browserFrameClock, type FrameClock } from '../frameClock.ts';
import { RunRecording, type RecordedScript, type RecordingPrinter } from '../recording.ts';
import type { AutoPauseOn, ClusterDriver, ClusterSpec, DriverCapabilities, DriverConnection, DriverSnapshot, DriverUpdate, TimelineEntry } from '../types.ts';
import type { BridgeAddress } from './bridgeAddress.ts';
import { BridgeClockView } from './bridgeClockView.ts';
import { BridgeSocket, browserSocket, type SocketFactory } from './bridgeSocket.ts';
import { scriptActionOf, serversNamed } from './commandOf.ts';
import { specOfEnsemble } from './ensembleSpec.ts';
import { parseBridgeMessage } from './parseBridgeMessage.ts';
import type { BridgeCommand, BridgeMessage, CommandFrame, ObservedSnapshot } from './protocol.ts';
import { REAL_CAPABILITIES } from './realCapabilities.ts';

// The real ClusterDriver: the page's side of `npm run real`. The bridge runs real ZooKeeper servers
// and sends the picture in the driver's vocabulary; this driver checks every frame, numbers the
// timeline, runs the bridge's clock at 1× between updates, and turns the UI's calls into commands.
// It never guesses: a refused command, an unreadable frame or a lost link is a line in the log, and
// the link's state rides on every snapshot so the page can say it plainly.

export { bridgeAddressOf } from './bridgeAddress.ts';

export interface RealDriverOptions {
  clock?: FrameClock;
  /** Where the bridge is (bridgeAddress.ts), or why the page cannot tell. */
  address: BridgeAddress;
  socket?: SocketFactory;
}

type Listener = (update: DriverUpdate) => void;
/** A page note before its time is stamped on (each kind keeps its own fields). */
type UnstampedBridgeRecord = BridgeRecord extends infer R ? (R extends BridgeRecord ? Omit<R, 't'> : never) : never;

interface Pending {
  command: BridgeCommand;
  atMs: number;
}

/** Entries kept while nobody listens, oldest dropped first. */
const MAX_PENDING_EVENTS = 2000;

export class RealDriver implements ClusterDriver {
  readonly kind = 'real' as const;
  readonly capabilities: DriverCapabilities = REAL_CAPABILITIES;
  private readonly listeners = new Set<Listener>();
  private readonly clock: FrameClock;
  private readonly time: BridgeClockView;
  private readonly socket: BridgeSocket;
  private readonly recording = new RunRecording();
  private readonly pending = new Map<number, Pending>();
  private readonly specReady: Promise<ClusterSpec | null>;
  private resolveSpec: (spec: ClusterSpec | null) => void = () => {};
  private connection: DriverConnection = 'connecting';
  private spec: ClusterSpec | null = null;
  private last: ObservedSnapshot | null = null;
  private queued: TimelineEntry[] = [];
  private nextSeq = 1;
  private nextEntryId = 1;
  private nextCallId = 1;
  private animate = true;
  private pausedAll = false;
  private autoPauseOn: ReadonlySet<AutoPauseOn> = new Set();
  private printerLoad: Promise<void> | null = null;
  /** Until the page starts its run, entries wait (a run's start forgets what came before it). */
  private started = false;

  constructor(options: RealDriverOptions) {
    this.clock = options.clock ?? browserFrameClock();
    this.time = new BridgeClockView(() => this.clock.nowMs());
    this.specReady = new Promise((resolve) => (this.resolveSpec = resolve));
    this.socket = new BridgeSocket(options.socket ?? browserSocket, {
      opened: () => {},
      frame: (data) => this.onFrame(data),
      ended: (how) => this.linkEnded(how),
    });
    if (options.address.ok) this.socket.open(options.address.url, options.address.servedByBridge);
    // No token in the page's address: the bridge would refuse it, so say so at once.
    else this.linkEnded(options.address.problem === 'no-token' ? 'refused' : 'unreachable');
  }

  fixedSpec(): Promise<ClusterSpec | null> {
    return this.specReady;
  }

  /**
   * The ensemble is the bridge's: starting (or resetting) here changes nothing there. The page's
   * run begins: what was observed before it (the bridge's first records, a lost link) goes to it.
   */
  start(spec: ClusterSpec): void {
    this.recording.begin(this.spec ?? spec);
    this.started = true;
    this.emit();
  }

  dispose(): void {
    this.socket.close();
    this.listeners.clear();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.emit();
    return () => {
      this.listeners.delete(listener);
    };
  }

  nowMs(): number {
    return this.time.nowMs();
  }

  // ------------------------------------------------------------------ commands

  crash(id: ServerId): void {
    this.send({ type: 'crash', server: id });
  }

  kill(id: ServerId): void {
    this.send({ type: 'kill', server: id });
  }

  pause(id: ServerId): void {
    this.send({ type: 'pause', server: id });
  }

  resume(id: ServerId): void {
    this.send({ type: 'resume', server: id });
  }

  restart(id: ServerId): void {
    this.send({ type: 'restart', server: id });
  }

  isolate(id: ServerId): void {
    this.send({ type: 'isolate', server: id });
  }

  cut(link: LinkRef, both: boolean): void {
    this.send({ type: 'cut', from: link.from, to: link.to, both });
  }

  restoreLink(link: LinkRef, both: boolean): void {
    this.send({ type: 'restore', from: link.from, to: link.to, both });
  }

  partition(groups: ServerId[][]): void {
    this.send({ type: 'partition', groups: groups.map((g) => [...g]) });
  }

  healFault(faultId: string): void {
    this.send({ type: 'heal-fault', faultId });
  }

  healAll(): void {
    this.send({ type: 'heal-all' });
  }

  setDrop(ratePercent: number, link?: LinkRef): void {
    this.send({ type: 'drop', percent: ratePercent, link: link ? { from: link.from, to: link.to } : null });
  }

  setDelay(latencyMs: number, jitterMs: number, link?: LinkRef): void {
    this.send({ type: 'delay', latencyMs, jitterMs, link: link ? { from: link.from, to: link.to } : null });
  }

  /** Real servers run in real time (capabilities.speed is false): the page offers no speed, and this does nothing. */
  setSpeed(_speed: number): void {}

  /** SIGSTOP (or SIGCONT) of every server: not a freeze of time (capabilities.freezeAll is false). */
  setPausedAll(paused: boolean): void {
    if (this.send({ type: 'pause-all', paused })) this.pausedAll = paused;
  }

  setAnimateMessages(on: boolean): void {
    this.animate = on;
  }

  /** As soon as a matching record arrives (not exactly at it): every server is stopped. */
  setAutoPause(on: readonly AutoPauseOn[]): void {
    this.autoPauseOn = new Set(on);
  }

  connectClient(name: string, server: ServerId, timeoutMs: number): void {
    this.send({ type: 'connect-client', name, server, timeoutMs });
  }

  clientOp(name: string, op: UserOp): number | null {
    const callId = this.nextCallId;
    if (!this.send({ type: 'client-op', name, callId, op })) return null;
    this.nextCallId += 1;
    return callId;
  }

  disconnectClient(name: string): void {
    this.send({ type: 'disconnect-client', name });
  }

  /** The bridge runs the clients (real sessions): nothing to load here. */
  prepareClients(): Promise<void> {
    return Promise.resolve();
  }

  // ------------------------------------------------------------------ scripts

  recordedScript(): RecordedScript {
    return this.recording.script();
  }

  wantScriptText(): void {
    this.printerLoad ??= import('../scriptText.ts').then((m) => this.setScriptPrinter(m.printRecording));
  }

  async checkScript(text: string): Promise<{ ok: true } | { ok: false; errors: { line: number; message: string }[]; message: string }> {
    const { checkScript } = await import('../scriptText.ts');
    return checkScript(text);
  }

  private setScriptPrinter(printer: RecordingPrinter): void {
    this.recording.setPrinter(printer);
    this.emit();
  }

  // ------------------------------------------------------------------ the link

  /** Sends a command if the link is open and it names only servers of this ensemble; true when sent. */
  private send(command: BridgeCommand): boolean {
    if (this.connection !== 'open' || !this.spec) {
      this.note({ kind: 'bridge-refused', node: null, command: command.type, refusal: { code: 'no-link' } });
      return false;
    }
    const known = new Set([...this.spec.settings.voters, ...this.spec.settings.observers]);
    const unknown = serversNamed(command).find((id) => !known.has(id));
    if (unknown !== undefined) {
      this.note({ kind: 'bridge-refused', node: null, command: command.type, refusal: { code: 'unknown-server', server: unknown } });
      return false;
    }
    const seq = this.nextSeq++;
    const frame: CommandFrame = { seq, command };
    if (!this.socket.send(JSON.stringify(frame))) return false;
    this.pending.set(seq, { command, atMs: this.nowMs() });
    return true;
  }

  private onFrame(data: unknown): void {
    const parsed = parseBridgeMessage(data);
    if (!parsed.ok) {
      console.warn(`Refused a frame from the bridge: ${parsed.problem}`);
      this.note({ kind: 'bridge-frame-refused', node: null, problem: parsed.problem });
      return;
    }
    for (const problem of parsed.refusedRecords) {
      console.warn(`Set aside a record from the bridge: ${problem}`);
      this.note({ kind: 'bridge-frame-refused', node: null, problem });
    }
    this.onMessage(parsed.message);
  }

  private onMessage(message: BridgeMessage): void {
    switch (message.type) {
      case 'welcome':
        this.time.heard(message.timeMs);
        this.spec = specOfEnsemble(message.ensemble);
        this.recording.begin(this.spec);
        this.connection = 'open';
        this.resolveSpec(this.spec);
        this.emit();
        return;
      case 'update':
        this.onUpdate(message.snapshot, message.events, message.messages);
        return;
      case 'answer':
        this.onAnswer(message);
        return;
      case 'error':
        this.note({ kind: 'bridge-refused', node: null, command: 'frame', refusal: message.refusal });
        return;
      case 'closing':
        this.linkEnded('closing');
        return;
    }
  }

  private onUpdate(snapshot: ObservedSnapshot, events: Extract<BridgeMessage, { type: 'update' }>['events'], messages: Extract<BridgeMessage, { type: 'update' }>['messages']): void {
    if (!this.spec) {
      this.note({ kind: 'bridge-frame-refused', node: null, problem: 'an update came before the welcome' });
      return;
    }
    this.time.heard(snapshot.timeMs);
    this.last = snapshot;
    const entries = events.map((e) => ({ ...e, id: this.nextEntryId++ }) as TimelineEntry);
    this.queue(entries);
    const pausedBy = this.pausedAll ? undefined : entries.find((e) => pausesOn(e, this.autoPauseOn));
    if (pausedBy) this.setPausedAll(true);
    this.emit(this.animate ? messages : [], pausedBy);
  }

  private onAnswer(answer: Extract<BridgeMessage, { type: 'answer' }>): void {
    const pending = this.pending.get(answer.seq);
    if (!pending) {
      this.note({ kind: 'bridge-frame-refused', node: null, problem: `an answer to command ${answer.seq}, which this page did not send` });
      return;
    }
    this.pending.delete(answer.seq);
    if (!answer.ok) {
      if (pending.command.type === 'pause-all') this.pausedAll = !pending.command.paused;
      this.note({ kind: 'bridge-refused', node: null, command: pending.command.type, refusal: answer.refusal });
      return;
    }
    const action = scriptActionOf(pending.command);
    if (action) this.recording.add(pending.atMs, action);
    this.emit();
  }

  private linkEnded(how: BridgeLinkEvent): void {
    if (this.connection === 'closing' && how === 'closed') return;
    this.connection = how;
    this.time.stop();
    this.resolveSpec(this.spec);
    this.note({ kind: 'bridge-link', node: null, event: how });
  }

  /** A line of the page's own in the log (stamped with the bridge's time now). */
  private note(record: UnstampedBridgeRecord): void {
    this.queue([{ ...record, t: this.nowMs(), id: this.nextEntryId++ } as TimelineEntry]);
    this.emit();
  }

  private queue(entries: TimelineEntry[]): void {
    this.queued = this.queued.concat(entries);
    if (this.queued.length > MAX_PENDING_EVENTS) this.queued = this.queued.slice(this.queued.length - MAX_PENDING_EVENTS);
  }

  private emit(messages: DriverUpdate['messages'] = [], pausedBy?: TimelineEntry): void {
    if (this.listeners.size === 0) return;
    const events = this.started ? this.queued : [];
    const update: DriverUpdate = { snapshot: this.snapshot(), events, messages, ...(pausedBy ? { pausedBy } : {}) };
    if (this.started) this.queued = [];
    for (const listener of [...this.listeners]) listener(update);
  }

  private snapshot(): DriverSnapshot {
    const s = this.last;
    const connection = this.connection;
    if (!s) {
      return { timeMs: this.nowMs(), nodes: [], clients: [], faults: [], invariants: { ok: true, violations: [] }, health: { lagP50Ms: 0, lagP99Ms: 0, behind: false }, connection };
    }
    return {
      timeMs: s.timeMs,
      nodes: s.nodes,
      clients: s.clients,
      faults: s.faults,
      invariants: s.invariants,
      // No simulated delivery here: the observation's health stands in for the lag.
      health: { lagP50Ms: 0, lagP99Ms: 0, behind: s.observation.behind },
      links: s.links,
      observation: s.observation,
      connection,
    };
  }
}
