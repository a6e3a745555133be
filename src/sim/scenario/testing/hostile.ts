import fc from 'fast-check';
import { MAX_LINE_CHARS, MAX_RUN_MS } from '../../../core/limits.ts';

// Generators for the fuzz tests: a well-formed script, and mutations each of which makes any
// script malformed for certain, at a known line. Test-only (imported by *.test.ts).

export interface Hostile {
  text: string;
  /** The line the mutation broke (0: the script as a whole). */
  line: number;
  what: string;
}

const serverId = fc.integer({ min: 1, max: 5 });
const time = fc.integer({ min: 0, max: 50_000 });

/** Lines that parse with `nodes 5` and no client: node and link faults, checks. */
const goodStatement: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(time, fc.constantFrom('crash', 'kill', 'pause', 'resume', 'restart'), fc.oneof(serverId.map(String), fc.constant('leader'), fc.constant('all'))).map(([t, a, n]) => `at ${t} ${a} ${n}`),
  fc.tuple(time, serverId, serverId).filter(([, a, b]) => a !== b).map(([t, a, b]) => `at ${t} cut ${a}->${b}`),
  fc.tuple(time, fc.integer({ min: 0, max: 100 })).map(([t, p]) => `at ${t} drop ${p}%`),
  fc.tuple(time, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 100 })).map(([t, l, j]) => `at ${t} delay ${l} jitter ${j}`),
  time.map((t) => `at ${t} heal`),
  fc.tuple(time, serverId).map(([t, n]) => `at ${t} isolate ${n}`),
  fc.tuple(time, serverId, serverId, fc.constantFrom('->', '<->')).filter(([, a, b]) => a !== b).map(([t, a, b, arrow]) => `at ${t} restore ${a}${arrow}${b}`),
  fc.tuple(time, fc.constantFrom('partition', 'drop', 'delay', 'duplicate', 'cut 1->2', 'cut 2<->3', 'drop 4->5', 'delay 5->1')).map(([t, f]) => `at ${t} heal ${f}`),
  fc.tuple(time, fc.constantFrom('/a', '/a/b', '/config')).map(([t, p]) => `at ${t} write ${p} "v"`),
  fc.tuple(time, serverId).map(([t, n]) => `expect at ${t} state ${n} down`),
  time.map((t) => `expect at ${t} leader any`),
);

/** `nodes 5`, `at 0 start all`, then good statements: a script that parses. */
export const goodScript: fc.Arbitrary<string[]> = fc.array(goodStatement, { maxLength: 12 }).map((body) => ['nodes 5', 'at 0 start all', ...body]);

/** Characters that look like a separator or are invisible, refused outside quotes. */
const STRAY = ['\u00a0', '\u3000', '\u2028', '\u2029', '\u000b', '\u000c', '\ufeff', '\u2003', '\u0001', '\u001b', '\u007f', '\u0085', '\u202f'];

function insertAt(lines: string[], index: number, line: string): string[] {
  return [...lines.slice(0, index), line, ...lines.slice(index)];
}

/** Each mutation returns the broken script and its line. */
const mutations: Array<fc.Arbitrary<(lines: string[]) => Hostile>> = [
  // A look-alike space or control character inside a statement (the lines hold no quotes before a word break).
  fc.tuple(fc.constantFrom(...STRAY), fc.nat()).map(([ch, k]) => (lines) => {
    const index = 1 + (k % (lines.length - 1));
    const line = lines[index]!;
    const spaces = [...line.matchAll(/ /g)].map((m) => m.index!);
    const at = spaces[k % spaces.length]!;
    const broken = [...lines];
    broken[index] = line.slice(0, at) + ch + line.slice(at + 1);
    return { text: broken.join('\n'), line: index + 1, what: `U+${ch.charCodeAt(0).toString(16)}` };
  }),
  // A number past its bound.
  fc.tuple(fc.constantFrom(`at ${MAX_RUN_MS + 1} heal`, 'run 1000000000000', 'config tickTime=9007199254740991', 'network jitter=1000000000', 'at 5 delay 100000000000', 'at 5 drop 101%', 'config syncLimit=0', 'seed 4294967296', 'at 1.5 heal', 'at -1 heal', 'expect at 0 within 0 leader any', 'config heartbeatMs=1'), fc.nat()).map(([bad, k]) => (lines) => {
    const index = 1 + (k % lines.length);
    return { text: insertAt(lines, index, bad).join('\n'), line: index + 1, what: bad };
  }),
  // A word that is no statement, action or check.
  fc.tuple(fc.stringMatching(/^[a-z]{3,12}$/), fc.constantFrom('', 'at 5 ', 'expect at 5 '), fc.nat())
    .filter(([word]) => !['nodes', 'observers', 'config', 'network', 'seed', 'at', 'expect', 'run', 'start', 'crash', 'kill', 'pause', 'resume', 'restart', 'partition', 'cut', 'heal', 'drop', 'delay', 'duplicate', 'write', 'connect', 'create', 'set', 'delete', 'disconnect', 'close', 'isolate', 'restore', 'get', 'leader', 'state', 'znode', 'epoch'].includes(word))
    .map(([word, prefix, k]) => (lines) => {
      const index = 1 + (k % lines.length);
      return { text: insertAt(lines, index, `${prefix}${word} 1`).join('\n'), line: index + 1, what: `unknown ${prefix}${word}` };
    }),
  // A client used before it connects, or connected twice.
  fc.tuple(fc.constantFrom('create c1 /x "v"', 'set c1 /x "v"', 'delete c1 /x', 'close c1', 'disconnect c1'), fc.boolean()).map(([op, twice]) => (lines) => {
    if (!twice) return { text: [...lines, `at 60000 ${op}`].join('\n'), line: lines.length + 1, what: op };
    const text = [...lines, 'at 60000 connect c1 to 1', 'at 60001 connect c1 to 2'].join('\n');
    return { text, line: lines.length + 2, what: 'connect twice' };
  }),
  // A line longer than MAX_LINE_CHARS, a NUL byte, an unterminated quote.
  fc.tuple(fc.constantFrom('long', 'nul', 'quote'), fc.nat()).map(([kind, k]) => (lines) => {
    const index = 1 + (k % lines.length);
    const bad = kind === 'long' ? `at 5 write /a "${'x'.repeat(MAX_LINE_CHARS)}"` : kind === 'nul' ? 'at 5 heal\u0000' : 'at 5 write /a "open';
    return { text: insertAt(lines, index, bad).join('\n'), line: index + 1, what: kind };
  }),
];

/** Any text at all as one more line: the parser must survive it, whatever it makes of it. */
const anyLine = fc.string({ unit: 'binary', maxLength: 80 }).map((s) => s.replace(/\n/g, ' '));

/** A malformed script: a good one with one certain mutation, and maybe one arbitrary line after it. */
export const hostileScript: fc.Arbitrary<Hostile & { extra: boolean }> = fc
  .tuple(goodScript, fc.oneof(...mutations), fc.option(anyLine, { nil: undefined }))
  .map(([lines, mutate, extra]) => {
    const broken = mutate(lines);
    return extra === undefined ? { ...broken, extra: false } : { ...broken, text: `${broken.text}\n${extra}`, extra: true };
  });
