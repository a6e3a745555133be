import type { UserOp } from '../core/client.ts';
import type { ClusterSettings } from '../core/config.ts';
import type { ServerId } from '../core/types.ts';
import { detectionOf, type UnstampedAction } from '../host/actionRecords.ts';
import type { NodeStatus } from '../host/records.ts';
import { RefusedError, refusalOf } from '../net/refusal.ts';
import type { ActiveFault, LinkRef, NetworkModel } from '../net/network.ts';
import type { Action } from '../sim/scenario.ts';
import { clientOpAction, RunRecording, type RecordedScript, type RecordingPrinter } from './recording.ts';
import { MAX_SPEED, MIN_SPEED } from './spec.ts';
import type { AutoPauseOn, ClusterDriver, ClusterSpec, DriverCapabilities, DriverKind, DriverUpdate } from './types.ts';

// What both drivers share: the commands, how each is checked and logged, and the subscription.
// A driver supplies a ClusterPort (the running cluster, simulated or in workers) and its pacing.
// Every command refuses bad input the same way: a 'refused' record in the timeline, never an
// exception into the UI (the UI validates first; this is the last line of defence). Every command
// that ran is recorded as a script statement at its simulated time (recording.ts).

/** The running cluster as the commands see it. */
export interface ClusterPort {
  readonly ids: readonly ServerId[];
  readonly settings: ClusterSettings;
  /** The simulated clock, ms: what a recorded command is stamped with. */
  nowMs(): number;
  status(id: ServerId): NodeStatus;
  isLeading(id: ServerId): boolean;
  crash(id: ServerId): void;
  kill(id: ServerId): void;
  pause(id: ServerId): void;
  resume(id: ServerId): void;
  /** Logs the restart itself, once the new process has read its disk. */
  restart(id: ServerId): void;
  activeFaults(): ActiveFault[];
  mutateNetwork(change: (network: NetworkModel) => void): void;
  connectClient(name: string, server: ServerId, timeoutMs: number): void;
  /** Returns the call's callId. */
  clientOp(name: string, op: UserOp): number;
  disconnectClient(name: string): void;
}

type Listener = (update: DriverUpdate) => void;

export abstract class CommandDriver implements ClusterDriver {
  abstract readonly kind: DriverKind;
  abstract readonly capabilities: DriverCapabilities;
  protected readonly listeners = new Set<Listener>();
  /** Simulated ms per real ms, always within MIN_SPEED…MAX_SPEED. */
  protected speed = 1;
  /** The run so far as a script: the set-up, then every command that ran. */
  protected readonly recording = new RunRecording();
  /** The "pause when…" toggles in force (see autoPause.ts). */
  protected autoPauseOn: ReadonlySet<AutoPauseOn> = new Set();

  abstract start(spec: ClusterSpec): void;
  abstract dispose(): void;
  abstract nowMs(): number;
  abstract setPausedAll(paused: boolean): void;
  abstract setAnimateMessages(on: boolean): void;

  /** The running cluster, or null before start. */
  protected abstract port(): ClusterPort | null;
  /** Puts a user action in the timeline, stamped with the simulated time. */
  protected abstract log(action: UnstampedAction): void;
  /** Something changed: the next frame must show it, even while paused. */
  protected abstract changed(): void;
  /** A new listener wants an update soon. */
  protected abstract subscribed(): void;
  /** The speed changed (already clamped). */
  protected abstract speedChanged(): void;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.subscribed();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The run so far as a scenario script (the script panel, the share link, the exports). */
  recordedScript(): RecordedScript {
    return this.recording.script();
  }

  /** Whether a script parses; its line-numbered errors if not (the language is loaded on first use). */
  async checkScript(text: string): Promise<{ ok: true } | { ok: false; errors: { line: number; message: string }[]; message: string }> {
    const { checkScript } = await import('./scriptText.ts');
    return checkScript(text);
  }

  /** The simulator has its clients in its own bundle; the live driver loads them (liveDriver.ts). */
  prepareClients(): Promise<void> {
    return Promise.resolve();
  }

  private printerLoad: Promise<void> | null = null;

  wantScriptText(): void {
    this.printerLoad ??= import('./scriptText.ts').then((m) => this.setScriptPrinter(m.printRecording));
  }

  /** The scenario printer, which the recording needs to show itself as text. */
  protected setScriptPrinter(printer: RecordingPrinter): void {
    this.recording.setPrinter(printer);
    this.changed();
  }

  /** A driver's start() calls this with the spec it builds, before any command can run. */
  protected beginRecording(spec: ClusterSpec): void {
    this.recording.begin(spec);
  }

  /** Records a statement that ran now. */
  protected recordStep(port: ClusterPort, action: Action): void {
    this.recording.add(port.nowMs(), action);
  }

  protected send(update: DriverUpdate): void {
    for (const listener of [...this.listeners]) listener(update);
  }

  /** Runs a command on the cluster; anything it refuses is logged. Returns the command's value, or null. */
  private command<T>(run: (port: ClusterPort) => T): T | null {
    const port = this.port();
    if (!port) return null;
    let value: T | null = null;
    try {
      value = run(port);
    } catch (error) {
      this.log({ kind: 'refused', node: null, refusal: refusalOf(error) });
    }
    this.changed();
    return value;
  }

  // ------------------------------------------------------------------ server faults

  crash(id: ServerId): void {
    this.command((p) => {
      if (checkServer(p, id) === 'down') return;
      const wasLeading = p.isLeading(id);
      p.crash(id);
      this.log({ kind: 'crash', node: id, wasLeading, detection: detectionOf(p.settings) });
      this.recordStep(p, { type: 'crash', node: id });
    });
  }

  kill(id: ServerId): void {
    this.command((p) => {
      if (checkServer(p, id) === 'down') return;
      p.kill(id);
      this.log({ kind: 'kill', node: id });
      this.recordStep(p, { type: 'kill', node: id });
    });
  }

  pause(id: ServerId): void {
    this.command((p) => {
      if (checkServer(p, id) !== 'up') return;
      p.pause(id);
      this.log({ kind: 'pause', node: id });
      this.recordStep(p, { type: 'pause', node: id });
    });
  }

  resume(id: ServerId): void {
    this.command((p) => {
      if (checkServer(p, id) !== 'paused') return;
      // Logged first: what the server does once resumed comes after it in the timeline.
      this.log({ kind: 'resume', node: id });
      p.resume(id);
      this.recordStep(p, { type: 'resume', node: id });
    });
  }

  restart(id: ServerId): void {
    this.command((p) => {
      checkServer(p, id);
      p.restart(id);
      this.recordStep(p, { type: 'restart', node: id });
    });
  }

  isolate(id: ServerId): void {
    this.command((p) => {
      checkServer(p, id);
      p.mutateNetwork((n) => n.isolate(id, p.ids));
      this.log({ kind: 'isolate', node: id });
      this.recordStep(p, { type: 'isolate', node: id });
    });
  }

  // ------------------------------------------------------------------ network faults

  cut(link: LinkRef, both: boolean): void {
    this.command((p) => {
      checkLink(p, link);
      p.mutateNetwork((n) => (both ? n.cutBoth(link.from, link.to) : n.cut(link.from, link.to)));
      this.log({ kind: 'cut', node: link.from, peers: [link.to], link, both });
      this.recordStep(p, { type: 'cut', from: link.from, to: link.to, both });
    });
  }

  restoreLink(link: LinkRef, both: boolean): void {
    this.command((p) => {
      checkLink(p, link);
      p.mutateNetwork((n) => {
        n.restore(link.from, link.to);
        if (both) n.restore(link.to, link.from);
      });
      this.log({ kind: 'restore-link', node: link.from, peers: [link.to], link, both });
      this.recordStep(p, { type: 'restore', from: link.from, to: link.to, both });
    });
  }

  partition(groups: ServerId[][]): void {
    this.command((p) => {
      for (const id of groups.flat()) checkServer(p, id);
      p.mutateNetwork((n) => n.partition(groups));
      this.log({ kind: 'partition', node: null, peers: groups.flat(), groups });
      this.recordStep(p, { type: 'partition', groups: groups.map((g) => [...g]) });
    });
  }

  healFault(faultId: string): void {
    this.command((p) => {
      const fault = p.activeFaults().find((f) => f.id === faultId);
      if (!fault) throw new RefusedError({ why: 'no-fault', faultId });
      p.mutateNetwork((n) => n.healFault(faultId));
      this.log({ kind: 'heal', node: null, fault });
      this.recordStep(p, { type: 'heal-fault', fault: faultId });
    });
  }

  healAll(): void {
    this.command((p) => {
      p.mutateNetwork((n) => n.healAll());
      this.log({ kind: 'heal', node: null, fault: null });
      this.recordStep(p, { type: 'heal-all' });
    });
  }

  setDrop(ratePercent: number, link?: LinkRef): void {
    this.command((p) => {
      if (!(ratePercent >= 0 && ratePercent <= 100)) throw new RefusedError({ why: 'bad-drop-percent', ratePercent });
      if (link) checkLink(p, link);
      p.mutateNetwork((n) => n.setDrop(ratePercent / 100, link));
      this.log({ kind: 'drop', node: link ? link.from : null, ratePercent, link: link ?? null });
      this.recordStep(p, { type: 'drop', rate: ratePercent / 100, ...(link ? { link: { from: link.from, to: link.to } } : {}) });
    });
  }

  setDelay(latencyMs: number, jitterMs: number, link?: LinkRef): void {
    this.command((p) => {
      if (link) checkLink(p, link);
      p.mutateNetwork((n) => n.setDelay(latencyMs, jitterMs, link));
      this.log({ kind: 'delay', node: link ? link.from : null, latencyMs, jitterMs, link: link ?? null });
      this.recordStep(p, { type: 'delay', latencyMs: Math.round(latencyMs), jitterMs: Math.round(jitterMs), ...(link ? { link: { from: link.from, to: link.to } } : {}) });
    });
  }

  // ------------------------------------------------------------------ time

  /** Out-of-range speeds are held to the range; a speed that is not a number changes nothing. */
  setSpeed(speed: number): void {
    if (!Number.isFinite(speed)) return;
    this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
    this.speedChanged();
  }

  setAutoPause(on: readonly AutoPauseOn[]): void {
    this.autoPauseOn = new Set(on);
  }

  // ------------------------------------------------------------------ clients

  connectClient(name: string, server: ServerId, timeoutMs: number): void {
    this.command((p) => {
      checkServer(p, server);
      if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) throw new RefusedError({ why: 'bad-session-timeout', timeoutMs });
      p.connectClient(name, server, timeoutMs);
      this.recordStep(p, { type: 'connect', client: name, server, timeoutMs });
    });
  }

  clientOp(name: string, op: UserOp): number | null {
    return this.command((p) => {
      const callId = p.clientOp(name, op);
      this.recordStep(p, clientOpAction(name, op));
      return callId;
    });
  }

  disconnectClient(name: string): void {
    this.command((p) => {
      p.disconnectClient(name);
      this.recordStep(p, { type: 'disconnect', client: name });
    });
  }
}

/** Throws unless `id` is a server of this cluster; returns its status. */
function checkServer(port: ClusterPort, id: ServerId): NodeStatus {
  if (!port.ids.includes(id)) throw new RefusedError({ why: 'no-server', server: id });
  return port.status(id);
}

function checkLink(port: ClusterPort, link: LinkRef): void {
  checkServer(port, link.from);
  checkServer(port, link.to);
  if (link.from === link.to) throw new RefusedError({ why: 'same-server-link', from: link.from, to: link.to });
}
