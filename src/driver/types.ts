import type { ClientView, UserOp } from '../core/client.ts';
import type { ClusterSettings } from '../core/config.ts';
import type { ServerId, ServerView, ZnodeData } from '../core/types.ts';
import type { NodeStatus, TimelineRecord } from '../host/records.ts';
import type { ActiveFault, LinkRef } from '../net/network.ts';
import type { MessageLogView } from './messageLog.ts';
import type { RecordedScript } from './recording.ts';
import type { ScriptOutcome } from './scriptRun.ts';
import type { ScenarioError } from '../sim/scenario.ts';
import type { EntrySource, ObservationHealth } from './real/protocol.ts';

// One interface for the UI to drive and read a cluster, whether the servers run in Web Workers (live)
// or in the deterministic simulator (tests, replay). The UI never knows which.


/** What a real server does not tell (its polls and logs say nothing of it): null there, never a guess. */
export type UnreportedField = 'lastCommittedZxid' | 'outstandingProposals' | 'sessions' | 'znodes' | 'electionRound';

/** The core's view of a server; on a real ensemble the fields nobody reports are null (the UI shows "—"). */
export type ReportedServerView = Omit<ServerView, UnreportedField> & { [K in UnreportedField]: ServerView[K] | null };

export interface NodeSnapshot extends ReportedServerView {
  status: NodeStatus;
  /** Simulated time this snapshot was taken at. */
  atMs: number;
  /** The server's data tree (user znodes), for the data panel. */
  tree: ZnodeData[];
}

/** A timeline record with a monotonic id, for React keys. Data only: src/narrate puts it in words. */
export type TimelineEntry = TimelineRecord & { id: number; source?: EntrySource };

/** A message in flight, for the topology animation (sampled; never every message at scale). */
export interface MessageFlight {
  from: ServerId;
  to: ServerId;
  type: string;
  sentMs: number;
  deliverMs: number;
}

export interface InvariantStatus {
  ok: boolean;
  violations: { rule: string; text: string; servers: ServerId[]; epoch?: number; zxid?: string }[];
}

export interface DeliveryHealth {
  /** Delivery lag percentiles over the last second of real time, ms. */
  lagP50Ms: number;
  lagP99Ms: number;
  /** True when messages arrive later than the watchdog allows: the lesson may be distorted. */
  behind: boolean;
}

/** Drop and delay in force, globally and per directed link (overrides beat the global value). */
export interface LinkQuality {
  /** Packet loss on every link, percent. */
  dropPercent: number;
  latencyMs: number;
  jitterMs: number;
  /** The latency and jitter the cluster started with (a "normal" network). */
  defaultLatencyMs: number;
  defaultJitterMs: number;
  drops: Array<LinkRef & { percent: number }>;
  delays: Array<LinkRef & { latencyMs: number; jitterMs: number }>;
}

/** Which directed server links cannot carry messages: explicit cuts, plus the partition if any. */
export interface LinkState {
  /** Directed cuts. */
  cuts: LinkRef[];
  /**
   * Only links inside one group carry messages; a server in no group is isolated. Groups may
   * overlap: a server in two groups is a bridge that talks to both.
   */
  partition: ServerId[][] | null;
  /** Drop and delay settings (absent when a driver does not report them; see linkStateOf). */
  quality?: LinkQuality;
}

export interface DriverSnapshot {
  timeMs: number;
  nodes: NodeSnapshot[];
  clients: ClientView[];
  faults: ActiveFault[];
  invariants: InvariantStatus;
  health: DeliveryHealth;
  /** The link matrix, so the topology can draw cut links per direction (absent: every link up). */
  links?: LinkState;
  /** How well a real ensemble is observed (its polls), in place of the delivery lag (real driver only). */
  observation?: ObservationHealth;
  /** Whether the driver reaches its cluster (real driver only: the bridge over a WebSocket). */
  connection?: DriverConnection;
  /** Live driver only, while its workers are still loading: show progress (101 take ~2 s). */
  startup?: { ready: number; total: number };
}

export interface DriverUpdate {
  snapshot: DriverSnapshot;
  /** Timeline entries since the previous update. */
  events: TimelineEntry[];
  /** Messages sent since the previous update (empty when animation is off). */
  messages: MessageFlight[];
  /**
   * The record of server-to-server messages for the space-time diagram (src/driver/messageLog.ts):
   * one shared, bounded ring per run, so `log.total` tells what is new. Absent: the driver keeps none.
   */
  log?: MessageLogView;
  /** The record an auto-pause stopped the run at (see setAutoPause); the driver is paused now. */
  pausedBy?: TimelineEntry;
}

/** What a step runs to: the next timeline event, the next message delivery, or the next phase. */
export type StepKind = 'event' | 'delivery' | 'phase';
/** The phases a 'phase' step stops at: a server suspects, the election is decided, a quorum is synced. */
export type StepPhase = 'detection' | 'election-decided' | 'synced-quorum';

export interface StepResult {
  kind: StepKind;
  /** False when nothing of that kind came within the step's look-ahead (simStep.ts; the clock then stands there). */
  reached: boolean;
  fromMs: number;
  atMs: number;
  phase?: StepPhase;
  delivery?: { from: ServerId | string; to: ServerId | string; type: string };
  /** Timeline entries this step showed (a held one counts too; see SimDriver.step). */
  events: number;
  /** Entries of the same server step still held back, shown by the next event steps. */
  held: number;
}

/** Records that can pause the run by themselves (the teacher's "pause when…" toggles). */
export type AutoPauseOn = 'suspect' | 'elected' | 'commit';

/**
 * A driver's link to its cluster: 'open' once it reaches it; 'unreachable' (nothing answers),
 * 'refused' (the token was not accepted), 'closing' (the cluster is being stopped), 'closed'.
 */
export type DriverConnection = 'connecting' | 'open' | 'unreachable' | 'refused' | 'closing' | 'closed';

/** What a driver can do beyond the common commands, so the UI draws only controls that work. */
export interface DriverCapabilities {
  /** step() runs the cluster exactly to the next event, delivery or phase (the simulator). */
  step: boolean;
  /** Auto-pause stops exactly at the record; otherwise as soon as it arrives (workers run on meanwhile). */
  exactAutoPause: boolean;
  /** setSpeed changes how fast time runs (a real ensemble runs at 1× only). */
  speed: boolean;
  /** Pause-all freezes time; otherwise it stops every server and their timeouts fire on resume. */
  freezeAll: boolean;
  /** Drop loses messages as the model does; otherwise "drop" is retransmission delay (TCP). */
  dropAsLoss: boolean;
  /** Messages can be duplicated (the model); TCP has no such thing. */
  duplicate: boolean;
  /** The all-to-all heartbeat detector can be chosen (the model's alternative to ZooKeeper's own). */
  allToAllDetector: boolean;
  /** Cluster size and timing can be changed from the page (a real ensemble is set up by its bridge). */
  configure: boolean;
  /** forkAt / playScript / exportTrace: rewinding, forking and playing scripts (the simulator). */
  fork: boolean;
  /** Heartbeat ages for every pair, or only for the pairs ZooKeeper itself watches (learner ↔ leader). */
  heartbeatAges: 'all-pairs' | 'watched-pairs';
}

export interface ClusterSpec {
  settings: ClusterSettings;
  seed: number;
  latencyMs: number;
  jitterMs: number;
}

export type DriverKind = 'live' | 'simulated' | 'real';

export interface ClusterDriver {
  readonly kind: DriverKind;
  readonly capabilities: DriverCapabilities;
  /** Builds (or rebuilds) the cluster and starts every server. */
  start(spec: ClusterSpec): void;
  /**
   * A driver whose cluster is set up elsewhere (a real ensemble) says what it is, once it knows;
   * null when it cannot reach it. Drivers that build what they are asked for have none.
   */
  fixedSpec?(): Promise<ClusterSpec | null>;
  dispose(): void;
  /** Receives batched updates, at most once per animation frame. Returns an unsubscribe function. */
  subscribe(listener: (update: DriverUpdate) => void): () => void;

  crash(id: ServerId): void;
  kill(id: ServerId): void;
  pause(id: ServerId): void;
  resume(id: ServerId): void;
  restart(id: ServerId): void;
  isolate(id: ServerId): void;

  cut(link: LinkRef, both: boolean): void;
  restoreLink(link: LinkRef, both: boolean): void;
  partition(groups: ServerId[][]): void;
  healFault(faultId: string): void;
  healAll(): void;
  setDrop(ratePercent: number, link?: LinkRef): void;
  setDelay(latencyMs: number, jitterMs: number, link?: LinkRef): void;

  /**
   * Simulated ms now, by the driver's own clock, which runs between updates: the UI reads it every
   * frame, so an age (now − last heard) grows while no server reports anything.
   */
  nowMs(): number;

  /** Simulated ms per real ms, 0.1…10. */
  setSpeed(speed: number): void;
  setPausedAll(paused: boolean): void;
  setAnimateMessages(on: boolean): void;
  /** Pauses everything (as setPausedAll(true)) when a record of these kinds happens; [] for none. */
  setAutoPause(on: readonly AutoPauseOn[]): void;
  /** Only where capabilities.step: pauses, runs to the next `kind`, and stays paused. */
  step?(kind: StepKind): StepResult;

  connectClient(name: string, server: ServerId, timeoutMs: number): void;
  /** Returns the call's number (its answer's callId), or null when refused (the log says why). */
  clientOp(name: string, op: UserOp): number | null;
  disconnectClient(name: string): void;

  /** Loads the client code (the live driver keeps it out of the first load); resolves once clients can connect. */
  prepareClients(): Promise<void>;
  /** The run so far as a scenario script: the set-up, then every command with its simulated time. */
  recordedScript(): RecordedScript;
  /** Loads the scenario printer the recording's text needs, once (the script panel asks when it opens). */
  wantScriptText(): void;
  /** Whether a script parses (any driver); its line-numbered errors if not. Nothing runs. */
  checkScript(text: string): Promise<{ ok: true } | { ok: false; errors: ScenarioError[]; message: string; omittedErrors?: number }>;
  /** Simulated driver only: plays a script from a fresh cluster (with `atMs`: runs there and pauses). A refused script changes nothing. */
  playScript?(text: string, options?: { atMs?: number }): ScriptOutcome;
  /** Simulated driver only: rebuilds the run from the recorded actions at or before `atMs`, runs to `atMs`, truncates the recording there and pauses. */
  forkAt?(atMs: number): void;
  /** Simulated driver only: the JSON trace (script, timeline records, server messages) of the run up to `atMs`. */
  exportTrace?(atMs: number): { ok: true; text: string } | { ok: false; message: string };
}

export type { RecordedScript } from './recording.ts';
export type { ScriptOutcome } from './scriptRun.ts';
export type { ScenarioError, ScenarioProblem } from '../sim/scenario.ts';
export type { TraceFile, TraceMessage } from './traceFile.ts';

// The UI may not import core or net directly (DESIGN §1); these re-exports are its vocabulary.
export type { ClientView, ClientState, UserOp } from '../core/client.ts';
export type { ClusterSettings } from '../core/config.ts';
export type { Role, ServerId, ServerView, PeerWatch, ZnodeData, DetectorMode, CreateMode, ClientResult, ClientErrorCode } from '../core/types.ts';
export type { ActiveFault, LinkRef } from '../net/network.ts';
export type { EntrySource, ObservationHealth } from './real/protocol.ts';
export type { NodeStatus, RecordOf, TimelineKind, TimelineRecord } from '../host/records.ts';
export type { LoggedMessage, MessageKind, MessageLogView, MessageType } from './messageLog.ts';
export type { MessageSummary, OpGist } from './messageSummary.ts';
export type { CloseReason, TickLimit } from '../core/reasons.ts';
