import type { CompareSetupId, DriverKind } from '../driver/index.ts';
import type { AppState } from './types.ts';

// The share link: the page's address with the run in it. The script (set-up, faults, clients, all
// with their times) goes compressed in the fragment, which no server sees; the driver and the time
// position in the query. Opened, it replays in the simulator to that moment and waits there.

/** The moment on screen: the scrubbed-to time when the history scrubber looks into the past, else now. */
export function timePositionMs(s: AppState): number {
  const viewAtMs = (s as AppState & { viewAtMs?: number | null }).viewAtMs;
  return typeof viewAtMs === 'number' ? viewAtMs : (s.snapshot?.timeMs ?? 0);
}

export interface ShareTarget {
  /** The page's own address (location.href). */
  pageUrl: string;
  /** The script, compressed (the driver's share codec, loadShareCodec). */
  encodedScript: string;
  /** Where to open, paused; null: play from the start. */
  atMs: number | null;
  /** The driver the run was recorded with: a live run opens as a re-run in the simulator. */
  recordedWith: DriverKind;
  /** The page's speed, kept when it is not 1× (simulated time does not depend on it). */
  speed?: number;
  /** Compare mode: the set-up's two scripts are the run, so the link names it instead of carrying a script. */
  compare?: CompareSetupId;
}

export function shareUrl(target: ShareTarget): string {
  const page = new URL(target.pageUrl);
  const query = new URLSearchParams(target.compare ? { compare: target.compare } : { driver: 'sim' });
  // A run on workers or on real servers does not repeat: the simulator's is a re-run of it.
  if (target.recordedWith !== 'simulated' && !target.compare) query.set('rerun', '1');
  if (target.speed !== undefined && target.speed !== 1) query.set('speed', String(target.speed));
  if (target.atMs !== null) query.set('at', String(Math.floor(target.atMs)));
  const fragment = target.compare ? '' : `#script=${target.encodedScript}`;
  return `${page.origin}${page.pathname}?${query.toString()}${fragment}`;
}
