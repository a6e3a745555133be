import { LOCALES, parseLocale, type Locale } from '../i18n/locale.ts';
import { isLessonId, type LessonId } from '../lessons/ids.ts';
import { CLUSTER_SERVERS, DEFAULT_NODES, MAX_RUN_MS, SEED, SPEED, inBound, wholeIn, type Bound, type DriverKind } from '../driver/index.ts';

// Page parameters: ?nodes=N (1–101), ?driver=sim|live, ?seed=, ?speed=, and a shared run:
// ?script= or #script= (a compressed scenario script), ?at= (the simulated ms to open at, paused),
// ?rerun=1 (the run is a re-run of a live one), ?lang=en|zh. A bad value never breaks
// the page: it is reported in plain words and the default is used instead. The bounds are the
// shared ones (core/limits.ts), so the page takes what `npm run sim` takes.

export const NODES_MIN = CLUSTER_SERVERS.min;
export const NODES_MAX = CLUSTER_SERVERS.max;
export const NODES_DEFAULT = DEFAULT_NODES;
export const SPEED_MIN = SPEED.min;
export const SPEED_MAX = SPEED.max;
const SEED_MAX = SEED.max;

export interface PageParams {
  nodes: number;
  driver: DriverKind;
  seed: number;
  speed: number;
  /** The shared script, still compressed (openRun.ts unpacks it; the driver parses it), and where it came from. */
  sharedScript?: { encoded: string; from: '?script=' | '#script=' };
  /** The simulated ms to open at, paused. */
  atMs?: number;
  /** A re-run in the simulator of a run recorded with the live driver. */
  rerun?: boolean;
  /** ?lang=en|zh: the interface's language for this visit (the switch's choice persists instead). */
  lang?: Locale;
  /** ?lesson=<id>[&step=<n>]: a lesson to open, or why not (rendered translated by the lesson launcher). */
  lesson?: LessonParam;
  /** One plain sentence per ignored parameter. */
  errors: string[];
}

/** The lesson asked for (its step checked against the lesson once it loads), or what was wrong. */
export type LessonParam =
  | { ok: true; id: LessonId; step: number }
  | { ok: false; problem: 'unknown-lesson'; id: string }
  | { ok: false; problem: 'bad-step'; id: LessonId; step: string }
  | { ok: false; problem: 'step-without-lesson' };

/** ?lesson= and &step=; steps are 1-based. A lesson always runs on the simulator. */
export function parseLessonParam(search: string): LessonParam | undefined {
  const query = new URLSearchParams(search);
  const id = query.get('lesson')?.trim();
  const step = query.get('step');
  if (id === undefined) return step === null ? undefined : { ok: false, problem: 'step-without-lesson' };
  if (!isLessonId(id)) return { ok: false, problem: 'unknown-lesson', id };
  if (step === null) return { ok: true, id, step: 1 };
  return /^\s*[1-9]\d{0,2}\s*$/.test(step) ? { ok: true, id, step: Number(step) } : { ok: false, problem: 'bad-step', id, step };
}

const AT_MS: Bound = { min: 0, max: MAX_RUN_MS };

export interface ParamDefaults {
  /** Whether the live (Web Worker) driver is in this build. */
  liveAvailable: boolean;
  /** The seed when none is given (the caller picks one at random). */
  seed: number;
}

export function parseUrlParams(search: string, defaults: ParamDefaults, hash = ''): PageParams {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const errors: string[] = [];
  const shared = parseShared(query, fragment, errors);
  const nodes = parseWhole(query.get('nodes'), CLUSTER_SERVERS);
  if (nodes === 'bad') errors.push(`?nodes=${query.get('nodes')} is not a whole number from ${NODES_MIN} to ${NODES_MAX}; using ${NODES_DEFAULT} servers.`);
  const seed = parseWhole(query.get('seed'), SEED);
  if (seed === 'bad') errors.push(`?seed=${query.get('seed')} is not a whole number from 0 to ${SEED_MAX}; using seed ${defaults.seed}.`);
  const speed = parseSpeed(query.get('speed'));
  if (speed === 'bad') errors.push(`?speed=${query.get('speed')} is not a number from ${SPEED_MIN} to ${SPEED_MAX}; using 1×.`);
  const lang = parseLang(query.get('lang'), errors);
  const lesson = parseLessonParam(search);
  const driver = parseDriver(query.get('driver'), defaults.liveAvailable, errors, shared.sharedScript !== undefined || shared.atMs !== undefined || lesson?.ok === true);
  return {
    ...shared,
    ...(lesson ? { lesson } : {}),
    ...(lang ? { lang } : {}),
    nodes: typeof nodes === 'number' ? nodes : NODES_DEFAULT,
    driver,
    seed: typeof seed === 'number' ? seed : defaults.seed,
    speed: typeof speed === 'number' ? speed : 1,
    errors,
  };
}

function parseWhole(raw: string | null, bound: Bound): number | null | 'bad' {
  if (raw === null) return null;
  return wholeIn(raw.trim(), bound) ?? 'bad';
}

function parseLang(raw: string | null, errors: string[]): Locale | null {
  if (raw === null) return null;
  const lang = parseLocale(raw);
  if (!lang) errors.push(`?lang=${raw} is not one of ${LOCALES.join(', ')}; using the browser's language.`);
  return lang;
}

function parseSpeed(raw: string | null): number | null | 'bad' {
  if (raw === null) return null;
  const text = raw.trim().replace(/[x×]$/i, '');
  if (!/^\d*\.?\d+$/.test(text)) return 'bad';
  const value = Number(text);
  return inBound(value, SPEED) ? value : 'bad';
}

/** ?script= (or #script=, which stays out of server logs), ?at= and ?rerun=. */
function parseShared(query: URLSearchParams, fragment: URLSearchParams, errors: string[]): Pick<PageParams, 'sharedScript' | 'atMs' | 'rerun'> {
  const shared: Pick<PageParams, 'sharedScript' | 'atMs' | 'rerun'> = {};
  const fromQuery = query.get('script');
  const fromHash = fragment.get('script');
  if (fromQuery !== null) shared.sharedScript = { encoded: fromQuery.trim(), from: '?script=' };
  else if (fromHash !== null) shared.sharedScript = { encoded: fromHash.trim(), from: '#script=' };
  const at = parseWhole(query.get('at'), AT_MS);
  if (at === 'bad') errors.push(`?at=${query.get('at')} is not a whole number of ms from 0 to ${MAX_RUN_MS}; opening at the start.`);
  else if (at !== null) shared.atMs = at;
  const rerun = query.get('rerun');
  if (rerun === '1' || rerun === 'true') shared.rerun = true;
  return shared;
}

/** A shared script or a time to open at needs the simulator: only it can replay a run. */
function parseDriver(raw: string | null, liveAvailable: boolean, errors: string[], replay: boolean): DriverKind {
  const fallback: DriverKind = liveAvailable && !replay ? 'live' : 'simulated';
  if (raw === null) return fallback;
  const text = raw.trim().toLowerCase();
  if (text === 'sim' || text === 'simulated') return 'simulated';
  if (text === 'live' && replay) {
    errors.push('?driver=live: a shared script or ?at= replays in the simulator only; using the simulator.');
    return 'simulated';
  }
  if (text === 'live') {
    if (liveAvailable) return 'live';
    errors.push('?driver=live: the Web Worker driver is not in this build yet; using the simulator.');
    return 'simulated';
  }
  errors.push(`?driver=${raw} is not "sim" or "live"; using the ${fallback === 'live' ? 'live driver' : 'simulator'}.`);
  return fallback;
}
