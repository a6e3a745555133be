import type { StateCreator } from 'zustand/vanilla';
import { MIN_SPEED, type ClusterDriver, type DriverSnapshot } from '../driver/index.ts';
import { formatMs } from '../narrate/format.ts';
import { emptyHistory, frameAt, frameIndexAt, historyUntil, recordFrame, type History } from './history.ts';
import { viewOfFrame } from './shown.ts';
import type { TimeSlice } from './timeTypes.ts';
import type { AppState, CommitBatch, PageNotice } from './types.ts';
import { message } from '../i18n/message.ts';
import { hasNotice } from './notices.ts';

// Time in the teacher's hands: step (simulator), pause when something happens, slow motion for
// elections, and the scrubber over recorded frames. The driver does the running; this slice keeps
// the history and decides what the screen shows.

/** Slow motion runs an election at this fraction of the chosen speed. */
export const ELECTION_SLOW_FACTOR = 0.25;

export function createTimeSlice(driver: ClusterDriver, serverCount: number): StateCreator<AppState, [], [], TimeSlice> {
  return (set, get) => {
    const notice = (n: PageNotice) => set((s) => (hasNotice(s.notices, n) ? {} : { notices: [...s.notices, n] }));
    const live = () => set({ viewAtMs: null, scrubbed: null });
    /**
     * Simulator, scrubbed into the past: fork there (the driver rebuilds the run from the recorded
     * actions up to that moment and waits, paused), keeping the history before it. True when forked.
     */
    const forkHere = (): boolean => {
      const s = get();
      if (s.viewAtMs === null || s.driverKind !== 'simulated' || !driver.forkAt) return false;
      const atMs = s.viewAtMs;
      const kept = historyUntil(s.history, atMs);
      const view = s.scrubbed;
      s.forkAt(atMs);
      // Until the new run's first update, the screen keeps the moment it forked from: an action on a
      // server (a click toggles by its state) needs it.
      const carried = view ? { snapshot: view.snapshot, nodeById: view.nodeById, nodeIds: view.nodeIds, leader: view.leader, quorum: view.quorum, faults: view.faults, links: view.links } : {};
      set({ ...carried, history: kept, viewAtMs: null, scrubbed: null });
      notice(message('notices.newFuture', { at: formatMs(atMs) }));
      return true;
    };
    return {
      capabilities: driver.capabilities,
      history: emptyHistory(serverCount),
      viewAtMs: null,
      scrubbed: null,
      stepKind: 'event',
      lastStep: null,
      autoPause: [],
      pausedBy: null,
      slowMotion: false,
      effectiveSpeed: 1,
      setViewAtMs: (ms) => {
        if (ms === null) return live();
        const s = get();
        const frame = frameAt(s.history, ms);
        if (!frame) return;
        // While the simulator shows the past it holds still; the live cluster runs on, view-only.
        if (s.driverKind === 'simulated' && !s.pausedAll) {
          driver.setPausedAll(true);
          set({ pausedAll: true });
        }
        if (frame.atMs !== s.viewAtMs) set({ viewAtMs: frame.atMs, scrubbed: viewOfFrame(s, frame) });
      },
      scrubFrames: (delta) => {
        const s = get();
        const frames = s.history.frames;
        if (frames.length === 0) return;
        // Positions 0…liveIndex: the frames, and liveIndex itself is live.
        const liveIndex = liveIndexOf(s.history, s.snapshot);
        const at = s.viewAtMs === null ? liveIndex : frameIndexAt(s.history, s.viewAtMs);
        const next = Math.max(0, Math.min(liveIndex, at + delta));
        if (next === liveIndex) live();
        else s.setViewAtMs(frames[next]!.atMs);
      },
      backToLive: live,
      scrubToMark: (direction) => {
        const s = get();
        const { history } = s;
        const currentMs = s.viewAtMs ?? Infinity;
        // Each mark's moment is the frame just before it; skip marks that land where we already are.
        const targets = history.marks.map((m) => frameAt(history, m.atMs - 1)?.atMs ?? null).filter((t): t is number => t !== null);
        const target = direction < 0 ? targets.filter((t) => t < currentMs).at(-1) : targets.find((t) => t > currentMs);
        if (target === undefined) {
          if (direction > 0) live();
          return;
        }
        s.setViewAtMs(target);
      },
      step: (kind) => {
        const s = get();
        if (!s.capabilities.step || !driver.step) return;
        // A step taken in the past forks there, then steps the new future.
        if (s.viewAtMs !== null && !forkHere()) live();
        const result = driver.step(kind ?? s.stepKind);
        get().now.setState({ nowMs: driver.nowMs() });
        set({ pausedAll: true, pausedBy: null, lastStep: result });
      },
      setStepKind: (kind) => set({ stepKind: kind }),
      setAutoPause: (on, enabled) => {
        const current = get().autoPause;
        const next = enabled ? (current.includes(on) ? current : [...current, on]) : current.filter((x) => x !== on);
        driver.setAutoPause(next);
        set({ autoPause: next });
      },
      setSlowMotion: (on) => set({ slowMotion: on }),
      forkHere,
      beforeAction: () => {
        const s = get();
        if (s.viewAtMs === null) return true;
        const at = formatMs(s.viewAtMs);
        if (!s.capabilities.fork) {
          notice(message('notices.pastLive', { at }));
          return false;
        }
        // With the simulator, acting in the past forks a new future from that moment.
        if (forkHere()) return true;
        notice(message('notices.pastFixed', { at }));
        return false;
      },
    };
  };
}

/** The scrubber's index of "live": past the newest frame, or on it when it was taken at the live time. */
export function liveIndexOf(history: History, snapshot: DriverSnapshot | null): number {
  const last = history.frames.at(-1);
  return last && snapshot && last.atMs >= snapshot.timeMs ? history.frames.length - 1 : history.frames.length;
}

/** What a reset or a new cluster starts the time slice with. */
export function timeReset(serverCount: number): Pick<AppState, 'history' | 'viewAtMs' | 'scrubbed' | 'lastStep' | 'pausedBy'> {
  return { history: emptyHistory(serverCount), viewAtMs: null, scrubbed: null, lastStep: null, pausedBy: null };
}

/** The commit's part in the history: frames at the cadence, and at every step or paused action. */
export function historyAfter(s: AppState, batch: CommitBatch): History {
  const lastEntryId = batch.events.at(-1)?.id ?? s.timeline.at(-1)?.id ?? 0;
  return recordFrame(s.history, batch.snapshot, batch.events, { force: s.pausedAll || batch.pausedBy !== undefined, lastEntryId });
}

/** The speed the driver should run at: slowed while slow motion is on and some server is LOOKING. */
export function effectiveSpeedOf(s: Pick<AppState, 'speed' | 'slowMotion' | 'snapshot'>): number {
  if (!s.slowMotion || !s.snapshot) return s.speed;
  const electing = s.snapshot.nodes.some((n) => n.status === 'up' && n.role === 'looking');
  return electing ? Math.max(MIN_SPEED, s.speed * ELECTION_SLOW_FACTOR) : s.speed;
}
