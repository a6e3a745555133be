import { CLIENT_NAME_PATTERN, grouped, inBound, MAX_RUN_MS, packetProblem, PERCENT, rangeWords, type Bound } from '../../core/limits.ts';
import { pathIssue, type PathIssue } from '../../core/path.ts';
import { LineError, shown } from './tokens.ts';
import { problem } from './problemWords.ts';

// The values a statement reads (numbers with their bounds, percentages, names, paths), each
// refused with a reason that names what was expected.

export function whole(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new LineError(`${what} must be a whole number, got '${shown(text)}'`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new LineError(`${what} is too large: ${shown(text)}`);
  return value;
}

/** A whole number within `bound`; `unit` (" ms", " ticks") follows the range in the message. */
export function bounded(text: string, what: string, bound: Bound, unit = ''): number {
  const value = whole(text, what);
  if (!inBound(value, bound)) throw new LineError(`${what} must be ${rangeWords(bound)}${unit}, got ${grouped(value)}`);
  return value;
}

/** A moment of the script: whole simulated ms from 0 to MAX_RUN_MS. */
export function time(text: string): number {
  if (!/^\d+$/.test(text)) throw new LineError(`time must be a whole number of milliseconds (0 or more), got '${shown(text)}'`);
  const value = whole(text, 'time');
  if (value > MAX_RUN_MS) throw new LineError(`time ${grouped(value)} is beyond the ${grouped(MAX_RUN_MS)} ms (one hour) a script may cover`);
  return value;
}

export function positive(text: string, what: string): number {
  const value = whole(text, what);
  if (value < 1) throw new LineError(`${what} must be at least 1, got ${value}`);
  return value;
}

/** A duration within a run: 1 to MAX_RUN_MS ms. */
export function duration(text: string, what: string): number {
  const value = positive(text, what);
  if (value > MAX_RUN_MS) throw new LineError(`${what} must be at most ${grouped(MAX_RUN_MS)} ms (one hour), got ${grouped(value)}`);
  return value;
}

export function percentRate(text: string): number {
  const match = /^(\d{1,3}(?:\.\d{1,6})?)%$/.exec(text);
  if (!match) throw new LineError(`expected a percentage like 10%, got '${shown(text)}'`);
  const value = Number(match[1]);
  if (!inBound(value, PERCENT)) throw new LineError(`a percentage must be between 0% and 100%, got ${shown(text)}`);
  return value / 100;
}

export function clientName(text: string): string {
  if (!CLIENT_NAME_PATTERN.test(text)) {
    throw new LineError(`a client name starts with a letter, then up to 15 letters, digits, '-' or '_', like c1; got '${shown(text)}'`);
  }
  return text;
}

function pathWords(issue: PathIssue, text: string): string {
  switch (issue.kind) {
    case 'empty':
    case 'no-leading-slash':
      return `a znode path starts with '/', got '${shown(text)}'`;
    case 'trailing-slash':
      return `a znode path does not end with '/', got '${shown(text)}'`;
    case 'null-character':
    case 'bad-character':
      return `a znode path holds no control or special character (character ${issue.at + 1} of '${shown(text)}')`;
    case 'empty-name':
      return `a znode path has no empty segment ('//'), got '${shown(text)}'`;
    case 'relative':
      return `a znode path has no '.' or '..' segment, got '${shown(text)}'`;
  }
}

/**
 * A znode path as ZooKeeper's PathUtils checks it, within jute.maxbuffer. What depends on the tree
 * (a missing parent, /zookeeper's own znodes) is left to the server, which answers as ZooKeeper does.
 */
export function znodePath(text: string, allowRoot: boolean): string {
  const issue = pathIssue(text);
  if (issue) throw new LineError(pathWords(issue, text));
  if (!allowRoot && text === '/') throw new LineError(`the root znode '/' cannot be created, written or deleted`);
  const tooBig = packetProblem(text);
  if (tooBig) throw new LineError(tooBig);
  return text;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function closest(word: string, options: readonly string[]): string | null {
  // Long words are no near miss of a keyword; skipping them keeps the distance table small.
  if (word.length > 32) return null;
  let best: string | null = null;
  let bestDistance = 3; // only suggest near misses
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = option;
    }
  }
  return best;
}

/** What an unknown word was meant to be, for the message: a phrase of the catalogs' script.error.kind.*. */
export type UnknownKind = 'statement' | 'action' | 'check' | 'state' | 'createMode' | 'configKey' | 'detector' | 'networkSetting';

export function unknown(kind: UnknownKind, word: string, options: readonly string[]): LineError {
  const suggestion = closest(word, options);
  const values = { kind: problem(`script.error.kind.${kind}`), word: shown(word), options: options.join(', ') };
  return new LineError(suggestion && suggestion !== word ? problem('script.error.unknownNear', { ...values, suggestion }) : problem('script.error.unknown', values));
}
