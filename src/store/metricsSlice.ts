import type { StateCreator } from 'zustand/vanilla';
import { loadFaultAnalysis, type AnalysisView, type TimelineEntry } from '../driver/index.ts';
import type { AnalysisRun, AppState, MetricsSlice } from './types.ts';

// Fault metrics and the story, folded from every committed batch of records (the timeline keeps
// only the last TIMELINE_CAP entries; the analysis has seen them all). One analysis per run. Its
// code loads on demand (the first picture does not show it): when a view that shows it opens
// (loadAnalysis), or once a run has held MAX_HELD_RECORDS records for it, whichever is first.
// Until then each run holds its records, so the analysis still sees every one from the start.

export const EMPTY_ANALYSIS: AnalysisView<TimelineEntry> = { version: -1, faults: [], chapters: [] };

/** Records a run holds before the analysis loads by itself: a bound on the memory they take. */
export const MAX_HELD_RECORDS = 2_000;

type AnalysisModule = Awaited<ReturnType<typeof loadFaultAnalysis>>;
let analysisModule: AnalysisModule | null = null;
let analysisLoad: Promise<void> | null = null;
/** Stores made before the code arrived, to fold what they hold when it does. */
const waitingStores = new Set<() => void>();

/** Loads the analysis's code once for the page; every store then folds what its run held. */
export function loadAnalysis(): Promise<void> {
  analysisLoad ??= loadFaultAnalysis().then(
    (module) => {
      analysisModule = module;
      for (const fold of waitingStores) fold();
      waitingStores.clear();
    },
    (error: unknown) => {
      analysisLoad = null; // tried again at the next ask
      throw error;
    },
  );
  return analysisLoad;
}

export const createMetricsSlice: StateCreator<AppState, [], [], MetricsSlice> = (set) => {
  if (!analysisModule) waitingStores.add(() => set((s) => foldAnalysis(s, []) ?? {}));
  return {
    analysis: EMPTY_ANALYSIS,
    analysisRun: null,
    eventsView: 'log',
    setEventsView: (view) => set({ eventsView: view }),
  };
};

/** The commit's share: the run's analysis (a new one when the run changed) and its view. */
export function foldAnalysis(s: AppState, events: readonly TimelineEntry[]): Pick<AppState, 'analysis' | 'analysisRun'> | null {
  let run: AnalysisRun = s.analysisRun?.runId === s.runId ? s.analysisRun : { runId: s.runId, analysis: null, held: [] };
  if (!run.analysis && analysisModule) {
    const { settings, latencyMs, jitterMs } = s.spec;
    const analysis = new analysisModule.FaultAnalysis<TimelineEntry>({ settings, latencyMs, jitterMs });
    for (const e of run.held) analysis.observe(e);
    run = { runId: run.runId, analysis, held: [] };
  }
  if (!run.analysis) {
    const before = run.held.length;
    for (const e of events) run.held.push(e);
    // Once per run; offline, it keeps holding, and a view that opens asks again.
    if (before < MAX_HELD_RECORDS && run.held.length >= MAX_HELD_RECORDS) loadAnalysis().catch(() => undefined);
    return run === s.analysisRun ? null : { analysis: EMPTY_ANALYSIS, analysisRun: run };
  }
  for (const e of events) run.analysis.observe(e);
  const view = run.analysis.view();
  if (run === s.analysisRun && view === s.analysis) return null;
  return { analysis: view, analysisRun: run };
}
