import type { StateCreator } from 'zustand/vanilla';
import { FaultAnalysis, type AnalysisView, type TimelineEntry } from '../driver/index.ts';
import type { AppState, MetricsSlice } from './types.ts';

// Fault metrics and the story, folded from every committed batch of records (the timeline keeps
// only the last TIMELINE_CAP entries; the analysis has seen them all). One analysis per run.

export const EMPTY_ANALYSIS: AnalysisView<TimelineEntry> = { version: -1, faults: [], chapters: [] };

export const createMetricsSlice: StateCreator<AppState, [], [], MetricsSlice> = (set) => ({
  analysis: EMPTY_ANALYSIS,
  analysisRun: null,
  eventsView: 'log',
  setEventsView: (view) => set({ eventsView: view }),
});

/** The commit's share: the run's analysis (a new one when the run changed) and its view. */
export function foldAnalysis(s: AppState, events: readonly TimelineEntry[]): Pick<AppState, 'analysis' | 'analysisRun'> | null {
  let run = s.analysisRun;
  if (!run || run.runId !== s.runId) {
    const { settings, latencyMs, jitterMs } = s.spec;
    run = { runId: s.runId, analysis: new FaultAnalysis<TimelineEntry>({ settings, latencyMs, jitterMs }) };
  }
  for (const e of events) run.analysis.observe(e);
  const view = run.analysis.view();
  if (run === s.analysisRun && view === s.analysis) return null;
  return { analysis: view, analysisRun: run };
}
