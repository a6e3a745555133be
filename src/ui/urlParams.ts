import { LOCALES, parseLocale, type Locale } from '../i18n/locale.ts';
import { CLUSTER_SERVERS, DEFAULT_NODES, MAX_RUN_MS, SEED, SPEED, inBound, isCompareSetupId, wholeIn, type Bound, type CompareSetupId, type DriverKind } from '../driver/index.ts';
import { isLessonId, type LessonId } from '../lessons/ids.ts';

// Page parameters: ?nodes=N (1–101), ?driver=sim|live|real (real: &token=, &bridge=), ?seed=, ?speed=, and a shared run:
// ?script= or #script= (a compressed scenario script), ?at= (the simulated ms to open at, paused),
// ?rerun=1 (the run is a re-run of a live one), ?lang=en|zh, ?present=1 (presentation mode). A bad value never breaks
// the page: it is reported (as data, worded by the catalog where shown) and the default is used
// instead. The bounds are the
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
  /** ?compare=<set-up>: two clusters side by side (src/ui/compare/). */
  compare?: CompareSetupId;
  /** ?compare= named no set-up: the page says so, in its language, and opens the playground. */
  unknownCompare?: string;
  /** ?present=1: open in presentation mode. */
  present?: boolean;
  /** A ?present= value that is not 1 or 0 (the page says so, in its language, once it has one). */
  presentRefused?: string;
  /** ?lesson=<id>[&step=<n>]: a lesson to open, or why not (rendered translated by the lesson launcher). */
  lesson?: LessonParam;
  /** One per ignored parameter: what was wrong, as data. */
  errors: ParamError[];
}

/** Why a parameter was ignored, with what the page used instead. `raw` is the value as given. */
export type ParamError =
  | { kind: 'bad-nodes'; raw: string; min: number; max: number; fallback: number }
  | { kind: 'bad-seed'; raw: string; max: number; fallback: number }
  | { kind: 'bad-speed'; raw: string; min: number; max: number }
  | { kind: 'bad-lang'; raw: string; choices: readonly Locale[] }
  | { kind: 'bad-at'; raw: string; max: number }
  | { kind: 'live-replays-in-simulator' }
  | { kind: 'live-missing' }
  | { kind: 'real-replays-in-simulator' }
  | { kind: 'bad-driver'; raw: string; fallback: DriverKind };

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
  const errors: ParamError[] = [];
  const shared = parseShared(query, fragment, errors);
  const nodes = parseWhole(query.get('nodes'), CLUSTER_SERVERS);
  if (nodes === 'bad') errors.push({ kind: 'bad-nodes', raw: query.get('nodes')!, min: NODES_MIN, max: NODES_MAX, fallback: NODES_DEFAULT });
  const seed = parseWhole(query.get('seed'), SEED);
  if (seed === 'bad') errors.push({ kind: 'bad-seed', raw: query.get('seed')!, max: SEED_MAX, fallback: defaults.seed });
  const speed = parseSpeed(query.get('speed'));
  if (speed === 'bad') errors.push({ kind: 'bad-speed', raw: query.get('speed')!, min: SPEED_MIN, max: SPEED_MAX });
  const lang = parseLang(query.get('lang'), errors);
  const compare = parseCompare(query.get('compare'));
  const lesson = parseLessonParam(search);
  const driver = parseDriver(query.get('driver'), defaults.liveAvailable, errors, shared.sharedScript !== undefined || shared.atMs !== undefined || lesson?.ok === true);
  return {
    ...shared,
    ...(lesson ? { lesson } : {}),
    ...(lang ? { lang } : {}),
    ...compare,
    ...parsePresent(query.get('present')),
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

function parsePresent(raw: string | null): Pick<PageParams, 'present' | 'presentRefused'> {
  if (raw === null) return {};
  const text = raw.trim().toLowerCase();
  if (text === '1' || text === 'true') return { present: true };
  if (text === '0' || text === 'false') return { present: false };
  return { presentRefused: raw };
}

function parseLang(raw: string | null, errors: ParamError[]): Locale | null {
  if (raw === null) return null;
  const lang = parseLocale(raw);
  if (!lang) errors.push({ kind: 'bad-lang', raw, choices: LOCALES });
  return lang;
}

function parseCompare(raw: string | null): Pick<PageParams, 'compare' | 'unknownCompare'> {
  if (raw === null) return {};
  const text = raw.trim();
  return isCompareSetupId(text) ? { compare: text } : { unknownCompare: text };
}

function parseSpeed(raw: string | null): number | null | 'bad' {
  if (raw === null) return null;
  const text = raw.trim().replace(/[x×]$/i, '');
  if (!/^\d*\.?\d+$/.test(text)) return 'bad';
  const value = Number(text);
  return inBound(value, SPEED) ? value : 'bad';
}

/** ?script= (or #script=, which stays out of server logs), ?at= and ?rerun=. */
function parseShared(query: URLSearchParams, fragment: URLSearchParams, errors: ParamError[]): Pick<PageParams, 'sharedScript' | 'atMs' | 'rerun'> {
  const shared: Pick<PageParams, 'sharedScript' | 'atMs' | 'rerun'> = {};
  const fromQuery = query.get('script');
  const fromHash = fragment.get('script');
  if (fromQuery !== null) shared.sharedScript = { encoded: fromQuery.trim(), from: '?script=' };
  else if (fromHash !== null) shared.sharedScript = { encoded: fromHash.trim(), from: '#script=' };
  const at = parseWhole(query.get('at'), AT_MS);
  if (at === 'bad') errors.push({ kind: 'bad-at', raw: query.get('at')!, max: MAX_RUN_MS });
  else if (at !== null) shared.atMs = at;
  const rerun = query.get('rerun');
  if (rerun === '1' || rerun === 'true') shared.rerun = true;
  return shared;
}

/** A shared script or a time to open at needs the simulator: only it can replay a run. */
function parseDriver(raw: string | null, liveAvailable: boolean, errors: ParamError[], replay: boolean): DriverKind {
  const fallback: DriverKind = liveAvailable && !replay ? 'live' : 'simulated';
  if (raw === null) return fallback;
  const text = raw.trim().toLowerCase();
  if (text === 'sim' || text === 'simulated') return 'simulated';
  // A real ensemble (npm run real) cannot replay a shared script or a lesson: the simulator does.
  if (text === 'real' && replay) {
    errors.push({ kind: 'real-replays-in-simulator' });
    return 'simulated';
  }
  if (text === 'real') return 'real';
  if (text === 'live' && replay) {
    errors.push({ kind: 'live-replays-in-simulator' });
    return 'simulated';
  }
  if (text === 'live') {
    if (liveAvailable) return 'live';
    errors.push({ kind: 'live-missing' });
    return 'simulated';
  }
  errors.push({ kind: 'bad-driver', raw, fallback });
  return fallback;
}
