import { createStore, type StoreApi } from 'zustand/vanilla';
import { detectedMs, electionMs, recoveredMs, SuspicionTally, type FaultAction, type MessageLogView, type ServerId, type SuspicionCounts } from '../driver/index.ts';
import type { AppState, AppStore } from './types.ts';

// What compare mode puts side by side for one cluster, read from that cluster's store at each
// commit: the latest fault's metrics (faultMetrics.ts, as the Metrics tab shows them), who started
// the election, the suspicions (true and false, suspicionTally.ts), the messages sent by kind (the
// simulator logs every one: heartbeats are the article's all-to-all traffic, pings ZooKeeper's),
// and the leader. The numbers are the model's at the moment on screen.

export interface CompareFigures {
  /** The latest fault and when it happened (null before the set-up's fault). */
  fault: { action: FaultAction; node: ServerId | null; atMs: number } | null;
  detectedMs: number | null;
  detectedBy: ServerId | null;
  /** The first server to go LOOKING once service was lost. */
  electionStarter: ServerId | null;
  electionMs: number | null;
  recoveredMs: number | null;
  suspicions: SuspicionCounts;
  messages: MessageCounts;
  leader: ServerId | null;
  epoch: number | null;
  timeMs: number;
}

export interface MessageCounts {
  total: number;
  heartbeats: number;
  pings: number;
}

const NO_MESSAGES: MessageCounts = { total: 0, heartbeats: 0, pings: 0 };

export const EMPTY_FIGURES: CompareFigures = {
  fault: null,
  detectedMs: null,
  detectedBy: null,
  electionStarter: null,
  electionMs: null,
  recoveredMs: null,
  suspicions: { total: 0, falseAlarms: 0 },
  messages: NO_MESSAGES,
  leader: null,
  epoch: null,
  timeMs: 0,
};

/** Counts a message log's new entries by kind, once each (the log is shared and only grows). */
export class MessageCounter {
  private log: MessageLogView | null = null;
  private countedTo = 0;
  private counts: MessageCounts = NO_MESSAGES;

  read(log: MessageLogView | null): MessageCounts {
    if (log !== this.log) {
      this.log = log;
      this.countedTo = 0;
      this.counts = NO_MESSAGES;
    }
    if (!log || log.total === this.countedTo) return this.counts;
    let { heartbeats, pings } = this.counts;
    // Messages the ring already forgot are counted in the total only (never at a compare set-up's size).
    for (let seq = Math.max(this.countedTo, log.firstSeq); seq < log.total; seq++) {
      const type = log.typeOf(seq);
      if (type === 'heartbeat') heartbeats++;
      else if (type === 'ping') pings++;
    }
    this.countedTo = log.total;
    this.counts = { total: log.total, heartbeats, pings };
    return this.counts;
  }
}

/** The figures of one store's state, given its suspicions and message counts. */
export function figuresOf(s: AppState, tally: SuspicionTally, messages: MessageCounts): CompareFigures {
  const metric = s.analysis.faults.at(-1) ?? null;
  const election = metric?.election ?? null;
  return {
    fault: metric ? { action: metric.action, node: metric.node, atMs: metric.atMs } : null,
    detectedMs: metric ? detectedMs(metric) : null,
    detectedBy: metric?.detection?.by ?? null,
    electionStarter: election ? tally.lookingFirstAt(election.startMs) : null,
    electionMs: metric ? electionMs(metric) : null,
    recoveredMs: metric ? recoveredMs(metric) : null,
    suspicions: tally.view,
    messages,
    leader: s.leader?.id ?? null,
    epoch: s.leader?.epoch ?? null,
    timeMs: s.snapshot?.timeMs ?? 0,
  };
}

/**
 * Keeps a figures store up to date with an app store: every timeline record goes through the
 * suspicion tally once (records carry increasing ids); a new run starts from nothing.
 */
export function followFigures(store: AppStore): { figures: StoreApi<CompareFigures>; stop: () => void } {
  const figures = createStore<CompareFigures>(() => EMPTY_FIGURES);
  let runId = -1;
  let tally = new SuspicionTally();
  let counter = new MessageCounter();
  let lastEntryId = 0;
  const update = (s: AppState) => {
    if (s.runId !== runId) {
      runId = s.runId;
      tally = new SuspicionTally();
      counter = new MessageCounter();
      lastEntryId = 0;
    }
    for (const entry of s.timeline) {
      if (entry.id <= lastEntryId) continue;
      tally.observe(entry);
      lastEntryId = entry.id;
    }
    figures.setState(figuresOf(s, tally, counter.read(s.messageLog)), true);
  };
  update(store.getState());
  const stop = store.subscribe((s, prev) => {
    if (s.runId !== prev.runId || s.snapshot !== prev.snapshot || s.timeline !== prev.timeline || s.analysis !== prev.analysis) update(s);
  });
  return { figures, stop };
}
