import type { StoreApi } from 'zustand/vanilla';
import type { ActiveFault, ClusterSpec, DriverKind, DriverSnapshot, LinkRef, LinkState, MessageFlight, NodeSnapshot, ServerId, SpecInput, TimelineEntry } from '../driver/index.ts';

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
  /** Real time the batch was committed, ms (for the message animation). */
  atRealMs: number;
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
  healFault(faultId: string): void;
  healAll(): void;
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
  notices: string[];
  select(id: ServerId | null): void;
  highlight(ids: ServerId[]): void;
  openMenu(id: ServerId | null): void;
  setSpeed(speed: number): void;
  setPausedAll(paused: boolean): void;
  setAnimateMessages(on: boolean): void;
  setSettingsOpen(open: boolean): void;
  setShowVotes(show: boolean): void;
  dismissNotice(index: number): void;
}

export type AppState = ClusterSlice & TimelineSlice & FaultsSlice & UiSlice;
export type AppStore = StoreApi<AppState>;

export interface AppInit {
  driverKind: DriverKind;
  spec: ClusterSpec;
  speed?: number;
  animateMessages?: boolean;
  reducedMotion?: boolean;
  notices?: string[];
}
