import type { StoreApi } from 'zustand/vanilla';
import type { Message } from '../i18n/message.ts';
import type { AnalysisView, FaultAnalysis } from '../driver/index.ts';
import type { ActiveFault, ClusterSpec, DriverKind, DriverSnapshot, LinkRef, LinkState, MessageFlight, MessageLogView, NodeSnapshot, PresetName, RecordedScript, ScenarioError, ServerId, SpecInput, TimelineEntry, UserOp } from '../driver/index.ts';
import type { SpacetimeSlice } from './spacetimeSlice.ts';
import type { GroupDraft } from './groups.ts';
import type { NowStore } from './nowClock.ts';
import type { OpRecord } from './opTracking.ts';
import type { RecoveryInfo, SessionEnd } from './recovery.ts';
import type { TimeSlice } from './timeTypes.ts';

// The app store's shape: four slices (cluster, timeline, faults, ui) in one vanilla zustand store.

/** The leader a quorum agrees on: LEADING, established, and followed by a quorum of up voters. */
export interface AgreedLeader {
  id: ServerId;
  epoch: number;
}

export interface QuorumInfo {
  voters: number;
  /** Voters needed for a quorum: ⌊voters / 2⌋ + 1. */
  needed: number;
  /** Voters whose server is up (not down, not paused). */
  up: number;
  /** Failures the ensemble survives: voters − needed. */
  tolerated: number;
}

/** One committed batch from the driver bridge. */
export interface CommitBatch {
  /** The store's run id when the batch was received; batches from an earlier run are dropped. */
  runId: number;
  snapshot: DriverSnapshot;
  events: TimelineEntry[];
  flights: MessageFlight[];
  /** The driver's message log (the space-time diagram's), when it keeps one. */
  log?: MessageLogView;
  /** Real time the batch was committed, ms (for the message animation). */
  atRealMs: number;
  /** The record an auto-pause stopped the driver at. */
  pausedBy?: TimelineEntry;
}

export interface FlightBatch {
  seq: number;
  items: MessageFlight[];
  atRealMs: number;
}

export interface ClusterSlice {
  driverKind: DriverKind;
  spec: ClusterSpec;
  /** Bumped when the cluster is rebuilt or reset. */
  runId: number;
  snapshot: DriverSnapshot | null;
  /** The driver's clock at every frame (its own store: see nowClock.ts); the same object for ever. */
  now: NowStore;
  nodeIds: ServerId[];
  nodeById: ReadonlyMap<ServerId, NodeSnapshot>;
  leader: AgreedLeader | null;
  quorum: QuorumInfo;
  commitUpdate(batch: CommitBatch): void;
  /** A plain click: crash a live server, restart a down one. */
  toggleCrash(id: ServerId): void;
  crash(id: ServerId): void;
  kill(id: ServerId): void;
  pause(id: ServerId): void;
  resume(id: ServerId): void;
  restart(id: ServerId): void;
  /** Starts the same cluster again from scratch (same settings and seed). */
  reset(): void;
  /** Rebuilds the cluster with new settings. */
  applySettings(input: SpecInput): void;
}

export interface TimelineSlice {
  /** The last TIMELINE_CAP entries, oldest first. */
  timeline: TimelineEntry[];
  /** Messages sampled in the last commit, for the animation. */
  flights: FlightBatch;
}

export interface FaultsSlice {
  faults: ActiveFault[];
  links: LinkState;
  isolate(id: ServerId): void;
  /** Undoes isolate and cuts for one server. */
  reconnect(id: ServerId): void;
  /** Splits the network so the current leader sits in a minority. */
  partitionLeaderMinority(): void;
  cut(link: LinkRef, both: boolean): void;
  restoreLink(link: LinkRef, both: boolean): void;
  /** Only servers in one group talk; groups may overlap (a bridge is in two). */
  partition(groups: ServerId[][]): void;
  /** One of the named partition shapes, drawn around the current leader. */
  applyPreset(name: PresetName): void;
  /** Packet loss in percent, on every link or one directed link. */
  setDrop(percent: number, link?: LinkRef): void;
  setDelay(latencyMs: number, jitterMs: number, link?: LinkRef): void;
  healFault(faultId: string): void;
  healAll(): void;
}

/** Clients, the data they write and read, and how servers recover it. */
export interface DataSlice {
  /** Ops sent through clients, oldest first, with their answers once they come. */
  ops: OpRecord[];
  /** Names asked for, so a second click does not reuse a name before the driver reports it. */
  clientNames: string[];
  /** The last sync each learner got from its leader. */
  recoveries: ReadonlyMap<ServerId, RecoveryInfo>;
  /** Sessions that ended, by session id. */
  sessionEnds: ReadonlyMap<number, SessionEnd>;
  /** Real time of the latest commit, ms (badges that last a few seconds compare against it). */
  realNowMs: number;
  connectClient(name: string, server: ServerId, timeoutMs: number): void;
  clientOp(name: string, op: UserOp): void;
  /** The client vanishes without a word: its session expires after its timeout. */
  disconnectClient(name: string): void;
  /** The client closes its session: its ephemerals go at once. */
  closeClient(name: string): void;
}

export type SideTab = 'events' | 'data' | 'clients' | 'network' | 'metrics' | 'script';

/** What playing a script or importing a file gave: done, or why nothing changed (line-numbered errors for a script). */
/** A refused script: its errors by line (each with its problem as data, when it has one), the English report, and how many more errors it had. */
export type ScriptResult = { ok: true } | { ok: false; errors: ScenarioError[]; message: string; omittedErrors?: number };

/** The run as a script (src/store/scriptSlice.ts). */
export interface ScriptSlice {
  /** The driver's recording: set-up, then every command with its simulated time. */
  script: RecordedScript;
  /** This page is a re-run, in the simulator, of a run recorded with the live driver. */
  rerunOfLive: boolean;
  /** Reads the driver's recording after a commit (bridge.ts). */
  syncScript(): void;
  /** The script panel is open: load what the recording's text needs (the live driver's printer). */
  wantScriptText(): void;
  /** Whether a script parses (any driver); nothing runs. */
  checkScript(text: string): Promise<ScriptResult>;
  /** Simulator: plays a script from a fresh cluster; with `atMs`, runs there at once and pauses. */
  runScript(text: string, options?: { atMs?: number }): ScriptResult;
  /** Simulator: rebuilds the run from the recorded actions at or before `atMs` and pauses there; the next action starts a new future. */
  forkAt(atMs: number): void;
  /** Simulator: the JSON trace of the run up to `atMs`. */
  exportTrace(atMs: number): { ok: true; text: string } | { ok: false; message: string };
  /** A `.scn` script (played from 0) or a JSON trace (run to its time, paused), once the trace reader has loaded. */
  importFile(text: string): Promise<ScriptResult>;
  setRerunOfLive(rerun: boolean): void;
  addNotice(notice: PageNotice): void;
}

export interface UiSlice {
  /** The server shown in the details panel (null: the leader, else the first server). */
  selectedId: ServerId | null;
  /** Servers highlighted from the event log. */
  highlightIds: ServerId[];
  /** The server whose action menu is open. */
  menuFor: ServerId | null;
  speed: number;
  pausedAll: boolean;
  animateMessages: boolean;
  reducedMotion: boolean;
  settingsOpen: boolean;
  showVotes: boolean;
  notices: PageNotice[];
  /** The right-hand panel's open tab. */
  sideTab: SideTab;
  /** Partition groups being drawn (shift-click on a server adds it to the active one). */
  groupDraft: GroupDraft;
  activeGroup: number;
  /** The preset applied last, so its lesson stays on screen. */
  lastPreset: PresetName | null;
  /** The link whose cut menu is open (undirected, low id first). */
  linkMenu: LinkRef | null;
  /** The link the per-link drop/delay editor works on. */
  linkFocus: LinkRef | null;
  select(id: ServerId | null): void;
  highlight(ids: ServerId[]): void;
  openMenu(id: ServerId | null): void;
  setSpeed(speed: number): void;
  setPausedAll(paused: boolean): void;
  setAnimateMessages(on: boolean): void;
  setSettingsOpen(open: boolean): void;
  setShowVotes(show: boolean): void;
  dismissNotice(index: number): void;
  setSideTab(tab: SideTab): void;
  setGroupDraft(draft: GroupDraft): void;
  setActiveGroup(index: number): void;
  /** Toggles a server in the active group and shows the network tab. */
  toggleGroupMember(id: ServerId): void;
  openLinkMenu(link: LinkRef | null): void;
  setLinkFocus(link: LinkRef | null): void;
}

/**
 * The run's analysis, or, until its code has loaded (metricsSlice.ts), the run's records held for it
 * from the run's start.
 */
export interface AnalysisRun {
  runId: number;
  analysis: FaultAnalysis<TimelineEntry> | null;
  held: TimelineEntry[];
}

/** Every fault's metrics and the story of the session (metricsSlice.ts). */
export interface MetricsSlice {
  analysis: AnalysisView<TimelineEntry>;
  /** The fold behind `analysis`, for the run it belongs to (not for rendering). */
  analysisRun: AnalysisRun | null;
  /** The events tab shows the story (grouped by phase) or the log. */
  eventsView: 'story' | 'log';
  setEventsView(view: 'story' | 'log'): void;
}

export type AppState = ClusterSlice & TimelineSlice & FaultsSlice & DataSlice & UiSlice & MetricsSlice & SpacetimeSlice & ScriptSlice & TimeSlice;
export type { SpacetimeSlice } from './spacetimeSlice.ts';
export type AppStore = StoreApi<AppState>;

export interface AppInit {
  driverKind: DriverKind;
  spec: ClusterSpec;
  speed?: number;
  animateMessages?: boolean;
  reducedMotion?: boolean;
  notices?: PageNotice[];
}

/**
 * A message about the page: a catalog message or a record about the page itself (disks kept in
 * memory), both worded in the page's language when shown, or a sentence already worded.
 */
export type PageNotice = string | Message | RecordNotice;

export interface RecordNotice {
  record: TimelineEntry;
}
