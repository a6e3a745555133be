import type { FrameClock } from './frameClock.ts';
import type { ClusterDriver, DriverKind } from './types.ts';

// The one place that picks a ClusterDriver implementation. Both are loaded lazily, so a page pays
// only for the one it runs (the simulator carries every server core on the main thread; the live
// driver leaves them to the workers).

/** The live driver runs each server in a Web Worker: without Workers only the simulator can run. */
export function liveDriverAvailable(): boolean {
  return typeof Worker !== 'undefined';
}

export async function createDriver(kind: DriverKind, clock?: FrameClock): Promise<ClusterDriver> {
  const options = clock ? { clock } : {};
  if (kind === 'real') {
    const { RealDriver, bridgeAddressOf } = await import('./real/realDriver.ts');
    return new RealDriver({ ...options, address: bridgeAddressOf(globalThis.location) });
  }
  if (kind === 'simulated') {
    const { SimDriver } = await import('./simDriver.ts');
    return new SimDriver(options);
  }
  const { LiveDriver } = await import('./liveDriver.ts');
  return new LiveDriver(options);
}

/**
 * Simulated drivers that one shared simulated clock moves together (compare mode: two clusters,
 * one clock). Loaded on demand, like the drivers themselves.
 */
export async function createLockstepDrivers(count: number, clock: FrameClock): Promise<{ drivers: ClusterDriver[]; time: import('./sharedSimClock.ts').SharedSimClock }> {
  const [{ SimDriver }, { SharedSimClock }] = await Promise.all([import('./simDriver.ts'), import('./sharedSimClock.ts')]);
  const drivers = Array.from({ length: count }, () => new SimDriver({ clock, pacedExternally: true }));
  return { drivers, time: new SharedSimClock(clock, drivers) };
}

export { browserFrameClock, type FrameClock } from './frameClock.ts';
export { LIVE_CAPABILITIES, SIM_CAPABILITIES } from './capabilities.ts';
export type { SharedClockState, SharedSimClock } from './sharedSimClock.ts';
export { ManualFrameClock } from './manualFrameClock.ts';
export { makeSpec, defaultSpecInput, specInputOf, MIN_NODES, MAX_NODES, DEFAULT_NODES, MIN_SPEED, MAX_SPEED, type SpecInput } from './spec.ts';
export { linkStateOf } from './linkState.ts';
export { PRESETS, presetGroups, type PresetInfo, type PresetName } from './presets.ts';
export { epochOf, counterOf } from '../core/zxid.ts';
// The shared bounds and checks (src/core/limits.ts, src/core/path.ts): the page refuses exactly what
// the scenario parser and the CLI refuse.
export {
  CLIENT_NAME_PATTERN,
  CLUSTER_SERVERS,
  DETECTOR_TIMEOUT_MS,
  HEARTBEAT_MS,
  JUTE_MAX_BUFFER_BYTES,
  LIMIT_TICKS,
  LINK_DELAY_MS,
  PERCENT,
  SEED,
  SPEED,
  TICK_TIME_MS,
  detectorTimingProblem,
  grouped,
  inBound,
  packetProblem,
  utf8Length,
  wholeIn,
  type Bound,
} from '../core/limits.ts';
export { pathIssue, type PathIssue } from '../core/path.ts';
// Scripts, traces and share links (recording.ts, traceFile.ts, shareCodec.ts): the page reads and checks them before a driver plays them.
export { readTrace, looksLikeTrace, MAX_TRACE_BYTES, TRACE_FORMAT, TRACE_VERSION } from './traceFile.ts';
/** The trace reader, loaded when a file is imported: not in the first load. */
export const loadTraceFile = (): Promise<typeof import('./traceFile.ts')> => import('./traceFile.ts');
/** The share links' codec (DEFLATE, base64url), loaded when a link is made or opened: not in the first load. */
export const loadShareCodec = (): Promise<typeof import('./shareCodec.ts')> => import('./shareCodec.ts');
export type { DecodedScript } from './shareCodec.ts';
export { MAX_RUN_MS, MAX_SCRIPT_BYTES } from '../core/limits.ts';
export { MAX_REPLAY_EVENTS } from './replayBounds.ts';
export { agreedLeader as agreedLeaderOf, quorumSize, type LeadershipView } from '../core/quorum.ts';
export type * from './types.ts';
// Fault metrics and the story (src/host): the page folds its records with the same functions the
// simulator's command line uses.
export type { AnalysisView, FaultAnalysis } from '../host/faultAnalysis.ts';
/** The fault analysis's code, loaded on demand: only the story, the Metrics tab and compare mode show it. */
export function loadFaultAnalysis(): Promise<typeof import('../host/faultAnalysis.ts')> {
  return import('../host/faultAnalysis.ts');
}
export { detectedMs, electionMs, recoveredMs, unavailableMs, type Bound as MetricBound, type FaultAction, type FaultMetric, type MetricsContext, type SyncChoice } from '../host/faultMetrics.ts';
export { STORY_PHASES, type StoryChapter, type StoryPhase, type StoryPhaseKind } from '../host/story.ts';
export { messageKindOf } from './messageLog.ts';
// Compare mode (src/store/compareSession.ts): its set-ups, and the count of suspicions it shows.
export { COMPARE_SETUP_IDS, isCompareSetupId, type CompareSetupId } from '../sim/compareSetupIds.ts';
/** The set-ups' scripts, loaded with compare mode: not in the first load. */
export const loadCompareSetups = (): Promise<typeof import('../sim/compareSetups.ts')> => import('../sim/compareSetups.ts');
export type { CompareSetup } from '../sim/compareSetups.ts';
export { SuspicionTally, type SuspicionCounts } from '../host/suspicionTally.ts';
