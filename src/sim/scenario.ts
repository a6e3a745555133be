// The scenario language (DESIGN §7): one statement per line, `#` starts a comment, times are
// simulated milliseconds from the start. parseScenario() returns the whole scenario or every
// malformed line with its reason, never a partial result, because a half-run lesson misleads.
//
//    nodes 5                        # voters 1..5 (required)
//    observers 6,7                  # non-voting servers, ids above the voters
//    config tickTime=2000 initLimit=10 syncLimit=5 detector=zookeeper heartbeatMs=1000 timeoutMs=3000
//    network latency=2 jitter=1     # default link latency and jitter, ms
//    seed 42
//    at 0 start all                 # start | crash | kill | pause | resume | restart  <id | leader | all>
//    at 3000 write /config/db "v"   # a client write through the current leader
//    at 15000 partition 1,2|3,4,5   # only links inside a group carry messages (groups may overlap)
//    at 16000 cut 1->2              # one way; `cut 1<->2` both ways
//    at 20000 heal                  # cuts and partitions go; drop, delay and duplication stay
//    at 20000 heal 1->2             # one direction back: its cut, drop and delay go (`1<->2`: both)
//    at 20000 heal all              # every link back, and drop, delay, duplication to the network line
//    at 21000 drop 10%              # all links; `drop 1->2 10%` one direction
//    at 21000 delay 50 jitter 20    # all links; `delay 1->2 50 jitter 20` one direction
//    at 21000 duplicate 5%          # share of messages delivered twice, all links
//    at 22000 connect c1 to 3 timeout=6000
//    at 23000 create c1 /w/w1 "up" ephemeral sequential   # or persistent; set c1 PATH "v"; delete c1 PATH
//    at 24000 disconnect c1         # the client vanishes; `close c1` ends its session at once
//    expect at 30000 leader 4       # or: leader none | leader any (some server leads a synced quorum)
//    expect at 30000 state 5 down   # looking | following | leading | observing | down | paused
//    expect at 30000 znode /w/w1 absent on all   # or: znode PATH "v" on 3
//    expect at 30000 epoch leader >= 2
//    expect at 30000 within 9000 leader any      # holds at some moment of [30000, 39000]
//    run 60000                      # `run 60000 until decided`: ends once every statement ran and
//                                   # every expectation has its verdict
// Statements with the same time run in the order written, expectations included (see runOrder()).
//
// Choices the design leaves open:
//  - `cut`, `partition`, `heal A->B` and per-link `drop`/`delay` take server ids only, not `leader`:
//    a link fault is about wires, and the simulator's Action type keeps plain numbers there.
//  - `start leader` is rejected (there is no leader to start); every other node action accepts a
//    server id, `leader` (the leader at that moment) or `all`.
//  - `znode … on X` defaults to `on all` when omitted.
//  - `drop` and `duplicate` need a `%` sign; `drop A<->B` and `delay A<->B` are rejected (a per-link
//    setting is one direction), and duplication has no per-link form.
//  - Steps and expectations (windows included) later than `run` are rejected: they would never happen.
//  - Headers (`nodes`, `observers`, `seed`, `run`) may appear once; `config` and `network` may
//    repeat but each key only once. Error line 0 means the script as a whole.

import { MAX_SERVER_ID } from '../net/network.ts';

export type NodeRef = number | 'leader' | 'all';

export interface Scenario {
  /** Voters 1..nodes (required; 1..101). */
  nodes: number;
  /** Observer ids, each > nodes. */
  observers: number[];
  /** Script keys: tickTime, initLimit, syncLimit, detector, heartbeatMs, timeoutMs. */
  config: Partial<{
    tickTimeMs: number;
    initLimitTicks: number;
    syncLimitTicks: number;
    detector: 'zookeeper' | 'all-to-all';
    heartbeatMs: number;
    timeoutMs: number;
  }>;
  /** "network latency=2 jitter=1". */
  network: { latencyMs?: number; jitterMs?: number };
  seed?: number;
  /** Sorted by atMs, then file order; runOrder() merges them with the expectations. */
  steps: TimedStep[];
  /** Sorted the same way. */
  expectations: Expectation[];
  /** "run 60000". */
  runMs?: number;
  /** "run 60000 until decided": stop once every statement ran and every expectation has a verdict. */
  untilDecided?: boolean;
}

export interface TimedStep {
  atMs: number;
  line: number;
  /** The statement after the time, for narration ("crash leader"). */
  text: string;
  action: Action;
}

export type Action =
  | { type: 'start'; node: NodeRef }
  | { type: 'crash' | 'kill' | 'pause' | 'resume' | 'restart'; node: NodeRef }
  | { type: 'partition'; groups: number[][] }
  | { type: 'cut'; from: number; to: number; both: boolean }
  /** `heal`: cuts and partitions; drop, delay and duplication stay. */
  | { type: 'heal' }
  | { type: 'heal-all' }
  | { type: 'heal-link'; from: number; to: number; both: boolean }
  | { type: 'drop'; rate: number; link?: { from: number; to: number } }
  | { type: 'delay'; latencyMs: number; jitterMs: number; link?: { from: number; to: number } }
  | { type: 'duplicate'; rate: number }
  | { type: 'write'; path: string; value: string }
  | { type: 'connect'; client: string; server: number; timeoutMs?: number }
  | {
      type: 'create';
      client: string;
      path: string;
      value: string;
      mode: 'persistent' | 'ephemeral' | 'persistent-sequential' | 'ephemeral-sequential';
    }
  | { type: 'set'; client: string; path: string; value: string }
  | { type: 'delete'; client: string; path: string }
  | { type: 'disconnect' | 'close'; client: string };

export interface Expectation {
  atMs: number;
  line: number;
  /** The check after the time ("leader 4"). */
  text: string;
  check: Check;
  /** `expect at T within D`: the check must hold at some moment of [T, T + D]. */
  withinMs?: number;
}

export type NodeStateName = 'looking' | 'following' | 'leading' | 'observing' | 'down' | 'paused';

export type Check =
  /** leader null = none serves; 'any' = some server leads with a synced quorum. */
  | { type: 'leader'; leader: number | null | 'any' }
  | { type: 'state'; node: number; state: NodeStateName }
  /** value null = the znode is absent; `on: 'all'` = every server that is up. */
  | { type: 'znode'; path: string; value: string | null; on: number | 'all' }
  | { type: 'epoch'; node: number | 'leader'; min: number };

export interface ScenarioError {
  /** 1-based line number; 0 when the error concerns the whole script. */
  line: number;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export const MAX_VOTERS = 101;

const STATEMENTS = ['nodes', 'observers', 'config', 'network', 'seed', 'at', 'expect', 'run'] as const;
const ACTIONS = [
  'start',
  'crash',
  'kill',
  'pause',
  'resume',
  'restart',
  'partition',
  'cut',
  'heal',
  'drop',
  'delay',
  'duplicate',
  'write',
  'connect',
  'create',
  'set',
  'delete',
  'disconnect',
  'close',
] as const;
const CHECKS = ['leader', 'state', 'znode', 'epoch'] as const;
const STATES: readonly NodeStateName[] = ['looking', 'following', 'leading', 'observing', 'down', 'paused'];
const CONFIG_KEYS = ['tickTime', 'initLimit', 'syncLimit', 'detector', 'heartbeatMs', 'timeoutMs'] as const;
const NETWORK_KEYS = ['latency', 'jitter'] as const;
const DETECTORS = ['zookeeper', 'all-to-all'] as const;

// ------------------------------------------------------------------ tokens

interface Token {
  text: string;
  quoted: boolean;
  start: number;
  end: number;
}

/** Thrown inside one line's parser; becomes that line's ScenarioError. */
class LineError extends Error {}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (ch === '#') {
      break;
    } else if (ch === '"') {
      const start = i;
      let text = '';
      i++;
      for (;;) {
        if (i >= source.length) throw new LineError('unterminated quoted string (missing closing ")');
        const c = source[i] as string;
        if (c === '\\' && i + 1 < source.length) {
          text += source[i + 1];
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          text += c;
          i++;
        }
      }
      const after = source[i];
      if (after !== undefined && !/[\s#]/.test(after))
        throw new LineError(`expected a space after the closing quote of "${text}"`);
      tokens.push({ text, quoted: true, start, end: i });
    } else {
      const start = i;
      while (i < source.length && !/[\s#]/.test(source[i] as string)) i++;
      const text = source.slice(start, i);
      if (text.includes('"'))
        throw new LineError(`stray quote in '${text}' (quoted values stand alone: "like this")`);
      tokens.push({ text, quoted: false, start, end: i });
    }
  }
  return tokens;
}

/** A cursor over one statement's tokens. */
class Words {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    /** What is being read, for messages ("'crash'"); narrowed once the action is known. */
    public context: string,
  ) {}

  get more(): boolean {
    return this.index < this.tokens.length;
  }

  get remaining(): number {
    return this.tokens.length - this.index;
  }

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  /** The next bare word; `what` describes it in the error when missing or quoted. */
  word(what: string): string {
    const token = this.tokens[this.index];
    if (!token) throw new LineError(`${this.context} needs ${what}`);
    if (token.quoted) throw new LineError(`expected ${what}, got the quoted string "${token.text}"`);
    this.index++;
    return token.text;
  }

  quoted(what: string): string {
    const token = this.tokens[this.index];
    if (!token) throw new LineError(`${this.context} needs ${what} in double quotes`);
    if (!token.quoted)
      throw new LineError(`expected ${what} in double quotes, got '${token.text}' (write "${token.text}")`);
    this.index++;
    return token.text;
  }

  /** Every remaining token as one compact form, so "1,2 | 3" reads like "1,2|3". */
  rest(what: string): string {
    if (!this.more) throw new LineError(`${this.context} needs ${what}`);
    const parts: string[] = [];
    while (this.more) parts.push(this.word(what));
    return squeeze(parts.join(' '));
  }

  end(): void {
    const token = this.tokens[this.index];
    if (token) {
      const shown = token.quoted ? `"${token.text}"` : `'${token.text}'`;
      throw new LineError(`unexpected ${shown} after ${this.context}`);
    }
  }
}

// ------------------------------------------------------------------ values

/** Drops the spaces around separators (, | -> <-> >=); any space left splits a value. */
function squeeze(text: string): string {
  return text.replace(/\s*(<->|->|>=|[,|])\s*/g, '$1');
}

function whole(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new LineError(`${what} must be a whole number, got '${text}'`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new LineError(`${what} is too large: ${text}`);
  return value;
}

function time(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new LineError(`time must be a whole number of milliseconds (0 or more), got '${text}'`);
  }
  return whole(text, 'time');
}

function positive(text: string, what: string): number {
  const value = whole(text, what);
  if (value < 1) throw new LineError(`${what} must be at least 1, got ${value}`);
  return value;
}

function percentRate(text: string): number {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (!match) throw new LineError(`expected a percentage like 10%, got '${text}'`);
  const value = Number(match[1]);
  if (value > 100) throw new LineError(`a percentage must be between 0% and 100%, got ${text}`);
  return value / 100;
}

function clientName(text: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(text)) {
    throw new LineError(`a client name starts with a letter, like c1; got '${text}'`);
  }
  return text;
}

function znodePath(text: string, allowRoot: boolean): string {
  if (!text.startsWith('/')) throw new LineError(`a znode path starts with '/', got '${text}'`);
  if (text === '/') {
    if (!allowRoot) throw new LineError(`the root znode '/' cannot be created, written or deleted`);
    return text;
  }
  if (text.endsWith('/')) throw new LineError(`a znode path does not end with '/', got '${text}'`);
  if (text.includes('//')) throw new LineError(`a znode path has no empty segment ('//'), got '${text}'`);
  if (/\/\.\.?(\/|$)/.test(text))
    throw new LineError(`a znode path has no '.' or '..' segment, got '${text}'`);
  return text;
}

function closest(word: string, options: readonly string[]): string | null {
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

function unknown(kind: string, word: string, options: readonly string[]): LineError {
  const suggestion = closest(word, options);
  const hint = suggestion && suggestion !== word ? `; did you mean '${suggestion}'?` : '';
  return new LineError(`unknown ${kind} '${word}' (expected one of: ${options.join(', ')})${hint}`);
}

// ------------------------------------------------------------------ servers

/** The servers a script declares, known once the header lines are read. */
class Servers {
  constructor(
    readonly voters: number,
    readonly observers: readonly number[],
  ) {}

  /** Unknown when `nodes` is missing or malformed: then ids are not range-checked. */
  static unknown = new Servers(0, []);

  get known(): boolean {
    return this.voters > 0;
  }

  isObserver(id: number): boolean {
    return this.observers.includes(id);
  }

  id(text: string): number {
    if (!/^\d+$/.test(text)) throw new LineError(`expected a server id, got '${text}'`);
    const id = Number(text);
    if (this.known && !((id >= 1 && id <= this.voters) || this.isObserver(id))) {
      const observers = this.observers.length > 0 ? ` and observers ${this.observers.join(',')}` : '';
      throw new LineError(`no server ${id}: servers are 1..${this.voters}${observers}`);
    }
    return id;
  }

  ref(text: string, allowLeader: boolean, allowAll: boolean): NodeRef {
    if (text === 'leader' && allowLeader) return 'leader';
    if (text === 'all' && allowAll) return 'all';
    if (!/^\d+$/.test(text)) {
      const forms = ['a server id', allowLeader ? "'leader'" : '', allowAll ? "'all'" : ''].filter(Boolean);
      throw new LineError(`expected ${forms.join(' or ')}, got '${text}'`);
    }
    return this.id(text);
  }

  /** `oneWay` names the action whose per-link form is one direction only. */
  link(text: string, allowBoth: boolean, oneWay = ''): { from: number; to: number; both: boolean } {
    const match = /^([^<>-]+)(->|<->)([^<>-]+)$/.exec(text);
    if (!match) {
      throw new LineError(`expected a link like 1->2${allowBoth ? ' or 1<->2' : ''}, got '${text}'`);
    }
    const both = match[2] === '<->';
    if (both && !allowBoth)
      throw new LineError(`a per-link ${oneWay} is one direction: write 1->2 and 2->1 on two lines`);
    const from = this.id(match[1] as string);
    const to = this.id(match[3] as string);
    if (from === to) throw new LineError(`a link joins two different servers, got ${text}`);
    return { from, to, both };
  }
}

// ------------------------------------------------------------------ statements

function parseAction(words: Words, servers: Servers): Action {
  const name = words.word('an action');
  words.context = `'${name}'`;
  const node = (allowLeader: boolean): NodeRef =>
    servers.ref(words.word(`a server (an id${allowLeader ? ", 'leader'" : ''} or 'all')`), allowLeader, true);
  let action: Action;
  switch (name) {
    case 'start':
      action = { type: 'start', node: node(false) };
      break;
    case 'crash':
    case 'kill':
    case 'pause':
    case 'resume':
    case 'restart':
      action = { type: name, node: node(true) };
      break;
    case 'partition':
      action = { type: 'partition', groups: partitionGroups(words.rest('groups like 1,2|3,4,5'), servers) };
      break;
    case 'cut': {
      const link = servers.link(words.rest('a link like 1->2 or 1<->2'), true);
      action = { type: 'cut', from: link.from, to: link.to, both: link.both };
      break;
    }
    case 'heal':
      action = healAction(words, servers);
      break;
    case 'drop': {
      const parts: string[] = [];
      while (words.more) parts.push(words.word('a percentage'));
      if (parts.length === 0)
        throw new LineError(`'drop' needs a percentage like 10%, optionally after a link: drop 1->2 10%`);
      const rate = percentRate(parts.pop() as string);
      if (parts.length === 0) {
        action = { type: 'drop', rate };
      } else {
        const link = servers.link(squeeze(parts.join(' ')), false, 'drop');
        action = { type: 'drop', rate, link: { from: link.from, to: link.to } };
      }
      break;
    }
    case 'delay':
      action = delayAction(words, servers);
      break;
    case 'duplicate': {
      const text = words.rest('a percentage like 5%');
      if (text.includes('->')) throw new LineError(`duplication applies to every link: write 'duplicate 5%'`);
      action = { type: 'duplicate', rate: percentRate(text) };
      break;
    }
    case 'write': {
      const path = znodePath(words.word('a znode path'), false);
      action = { type: 'write', path, value: words.quoted('a value') };
      break;
    }
    case 'connect': {
      const client = clientName(words.word('a client name'));
      const to = words.word("'to' and a server id");
      if (to !== 'to') throw new LineError(`expected 'to' after the client name, got '${to}'`);
      const server = servers.id(words.word('a server id'));
      action = { type: 'connect', client, server };
      if (words.more) {
        const option = words.word('timeout=ms');
        const match = /^timeout=(.*)$/.exec(option);
        if (!match) throw new LineError(`expected timeout=<ms>, got '${option}'`);
        action.timeoutMs = positive(match[1] as string, 'session timeout');
      }
      break;
    }
    case 'create': {
      const client = clientName(words.word('a client name'));
      const path = znodePath(words.word('a znode path'), false);
      const value = words.quoted('a value');
      action = { type: 'create', client, path, value, mode: createMode(words) };
      break;
    }
    case 'set': {
      const client = clientName(words.word('a client name'));
      const path = znodePath(words.word('a znode path'), true);
      action = { type: 'set', client, path, value: words.quoted('a value') };
      break;
    }
    case 'delete': {
      const client = clientName(words.word('a client name'));
      action = { type: 'delete', client, path: znodePath(words.word('a znode path'), false) };
      break;
    }
    case 'disconnect':
    case 'close':
      action = { type: name, client: clientName(words.word('a client name')) };
      break;
    default:
      throw unknown('action', name, ACTIONS);
  }
  words.end();
  return action;
}

/** `heal`, `heal all`, `heal 1->2` or `heal 1<->2`. */
function healAction(words: Words, servers: Servers): Action {
  if (!words.more) return { type: 'heal' };
  const text = words.rest("'all' or a link like 1->2");
  if (text === 'all') return { type: 'heal-all' };
  if (!/->/.test(text)) throw new LineError(`expected 'heal', 'heal all' or 'heal 1->2', got 'heal ${text}'`);
  const link = servers.link(text, true);
  return { type: 'heal-link', from: link.from, to: link.to, both: link.both };
}

/** `delay 50 [jitter 20]`, or one direction: `delay 1->2 50 [jitter 20]`. */
function delayAction(words: Words, servers: Servers): Action {
  const parts: string[] = [];
  while (words.more && words.peek()?.text !== 'jitter') parts.push(words.word('a latency in ms'));
  if (parts.length === 0) throw new LineError(`'delay' needs a latency in ms, like delay 50 jitter 20`);
  const latencyMs = whole(parts.pop() as string, 'latency');
  let jitterMs = 0;
  if (words.more) {
    words.word("'jitter'");
    jitterMs = whole(words.word('a jitter in ms'), 'jitter');
  }
  if (parts.length === 0) return { type: 'delay', latencyMs, jitterMs };
  const linkText = squeeze(parts.join(' '));
  if (!linkText.includes('->'))
    throw new LineError(`expected 'jitter' after the latency, got '${latencyMs}'`);
  const link = servers.link(linkText, false, 'delay');
  return { type: 'delay', latencyMs, jitterMs, link: { from: link.from, to: link.to } };
}

/** Groups may overlap (1,2,3|3,4,5: server 3 bridges both sides); within a group ids are distinct. */
function partitionGroups(text: string, servers: Servers): number[][] {
  return text.split('|').map((group) => {
    if (group === '') throw new LineError(`empty group in partition '${text}' (write groups like 1,2|3,4,5)`);
    const seen = new Set<number>();
    return group.split(',').map((part) => {
      if (part === '') throw new LineError(`empty server id in partition '${text}'`);
      const id = servers.id(part);
      if (seen.has(id)) throw new LineError(`server ${id} appears twice in the group '${group}'`);
      seen.add(id);
      return id;
    });
  });
}

function createMode(words: Words): Extract<Action, { type: 'create' }>['mode'] {
  let ephemeral = false;
  let persistent = false;
  let sequential = false;
  while (words.more) {
    const word = words.word('a create mode');
    if (word === 'ephemeral' && !ephemeral) ephemeral = true;
    else if (word === 'persistent' && !persistent) persistent = true;
    else if (word === 'sequential' && !sequential) sequential = true;
    else if (word === 'ephemeral' || word === 'persistent' || word === 'sequential') {
      throw new LineError(`'${word}' given twice`);
    } else throw unknown('create mode', word, ['ephemeral', 'persistent', 'sequential']);
  }
  if (ephemeral && persistent) throw new LineError(`a znode is either ephemeral or persistent, not both`);
  if (ephemeral) return sequential ? 'ephemeral-sequential' : 'ephemeral';
  return sequential ? 'persistent-sequential' : 'persistent';
}

function parseCheck(words: Words, servers: Servers): Check {
  const name = words.word('a check');
  words.context = `'${name}'`;
  let check: Check;
  switch (name) {
    case 'leader': {
      const text = words.word("a server id, 'none' or 'any'");
      if (text === 'none' || text === 'any') {
        check = { type: 'leader', leader: text === 'none' ? null : 'any' };
      } else {
        const id = servers.id(text);
        if (servers.isObserver(id)) throw new LineError(`server ${id} is an observer and can never lead`);
        check = { type: 'leader', leader: id };
      }
      break;
    }
    case 'state': {
      const id = servers.id(words.word('a server id'));
      const state = words.word(`a state (${STATES.join(', ')})`);
      if (!(STATES as readonly string[]).includes(state)) throw unknown('state', state, STATES);
      const observer = servers.isObserver(id);
      if (servers.known && observer && (state === 'leading' || state === 'following')) {
        throw new LineError(`server ${id} is an observer: it is never '${state}'`);
      }
      if (servers.known && !observer && state === 'observing') {
        throw new LineError(`server ${id} is a voter: it is never 'observing'`);
      }
      check = { type: 'state', node: id, state: state as NodeStateName };
      break;
    }
    case 'znode': {
      const path = znodePath(words.word('a znode path'), true);
      const next = words.peek();
      let value: string | null;
      if (next?.quoted) {
        value = words.quoted('a value');
      } else {
        const word = words.word(`a quoted value or 'absent'`);
        if (word !== 'absent') throw new LineError(`expected a quoted value or 'absent', got '${word}'`);
        value = null;
      }
      let on: number | 'all' = 'all';
      if (words.more) {
        const keyword = words.word("'on'");
        if (keyword !== 'on') throw new LineError(`expected 'on <server>' or 'on all', got '${keyword}'`);
        on = servers.ref(words.word("a server id or 'all'"), false, true) as number | 'all';
      }
      check = { type: 'znode', path, value, on };
      break;
    }
    case 'epoch': {
      const node = servers.ref(words.word("a server id or 'leader'"), true, false) as number | 'leader';
      const bound = words.rest('a bound like >= 2');
      const match = /^>=(.*)$/.exec(bound);
      if (!match) throw new LineError(`expected a bound like >= 2, got '${bound}'`);
      check = { type: 'epoch', node, min: whole(match[1] as string, 'epoch') };
      break;
    }
    default:
      throw unknown('check', name, CHECKS);
  }
  words.end();
  return check;
}

// ------------------------------------------------------------------ the script

interface Line {
  number: number;
  source: string;
  tokens: Token[];
}

export function parseScenario(text: string): ParseResult {
  const errors: ScenarioError[] = [];
  const lines: Line[] = [];
  text.split('\n').forEach((source, i) => {
    try {
      const tokens = tokenize(source);
      if (tokens.length > 0) lines.push({ number: i + 1, source, tokens });
    } catch (error) {
      errors.push({ line: i + 1, message: messageOf(error) });
    }
  });
  const guard = (line: Line, parse: () => void): void => {
    try {
      parse();
    } catch (error) {
      errors.push({ line: line.number, message: messageOf(error) });
    }
  };

  // Pass 1: the servers, which every later id is checked against.
  // A holder rather than `let`s: the guarded closures below assign it.
  const header = { nodesLine: 0, nodes: 0, observers: [] as number[] };
  const firstLine = new Map<string, number>();
  const once = (line: Line, keyword: string): void => {
    const first = firstLine.get(keyword);
    if (first !== undefined) throw new LineError(`duplicate '${keyword}' line (first on line ${first})`);
    firstLine.set(keyword, line.number);
  };
  const observerLines: Line[] = [];
  for (const line of lines) {
    const keyword = (line.tokens[0] as Token).text;
    if (keyword === 'nodes') {
      guard(line, () => {
        once(line, 'nodes');
        header.nodesLine = line.number; // present, even if malformed: no "missing" error on top
        const words = new Words(line.tokens.slice(1), "'nodes'");
        const count = whole(words.word('a voter count'), 'the voter count');
        if (count < 1 || count > MAX_VOTERS)
          throw new LineError(`nodes must be between 1 and ${MAX_VOTERS}, got ${count}`);
        words.end();
        header.nodes = count;
      });
    } else if (keyword === 'observers') {
      observerLines.push(line);
    }
  }
  if (header.nodesLine === 0) errors.push({ line: 0, message: "missing 'nodes' line (e.g. nodes 5)" });
  for (const line of observerLines) {
    guard(line, () => {
      once(line, 'observers');
      const words = new Words(line.tokens.slice(1), "'observers'");
      const list = words.rest('observer ids like 6,7');
      const ids: number[] = [];
      for (const part of list.split(',')) {
        if (part === '') throw new LineError(`empty id in observer list '${list}'`);
        const id = whole(part, 'an observer id');
        if (header.nodes > 0 && id <= header.nodes) {
          throw new LineError(`observer ${id} must have an id above the voters 1..${header.nodes}`);
        }
        if (id > MAX_SERVER_ID) throw new LineError(`server ids stop at ${MAX_SERVER_ID}, got ${id}`);
        if (ids.includes(id)) throw new LineError(`observer ${id} listed twice`);
        ids.push(id);
      }
      header.observers = ids;
    });
  }
  const servers = header.nodes > 0 ? new Servers(header.nodes, header.observers) : Servers.unknown;

  // Pass 2: everything else.
  const scenario: Scenario = {
    nodes: header.nodes,
    observers: header.observers,
    config: {},
    network: {},
    steps: [],
    expectations: [],
  };
  const configSeen = new Map<string, number>();
  const networkSeen = new Map<string, number>();
  /** When each timed statement is last active, to reject what the run would never reach. */
  const timed: Array<{ line: number; lastMs: number; window: boolean }> = [];
  for (const line of lines) {
    const keyword = (line.tokens[0] as Token).text;
    if (keyword === 'nodes' || keyword === 'observers') continue;
    guard(line, () => {
      const words = new Words(line.tokens.slice(1), `'${keyword}'`);
      switch (keyword) {
        case 'config':
          if (!words.more) throw new LineError(`'config' needs settings like tickTime=2000`);
          while (words.more) parseConfig(words.word('a setting'), scenario, configSeen, line.number);
          break;
        case 'network':
          if (!words.more) throw new LineError(`'network' needs settings like latency=2 jitter=1`);
          while (words.more) parseNetwork(words.word('a setting'), scenario, networkSeen, line.number);
          break;
        case 'seed': {
          once(line, 'seed');
          const seed = whole(words.word('a number'), 'the seed');
          if (seed > 0xffffffff) throw new LineError(`the seed must be below 2^32, got ${seed}`);
          words.end();
          scenario.seed = seed;
          break;
        }
        case 'run': {
          once(line, 'run');
          const runMs = positive(words.word('a duration in ms'), 'the run length');
          if (words.more) {
            const until = words.rest("'until decided'");
            if (until !== 'until decided')
              throw new LineError(`expected 'until decided' after the run length, got '${until}'`);
            scenario.untilDecided = true;
          }
          scenario.runMs = runMs;
          break;
        }
        case 'at': {
          const atMs = time(words.word('a time in ms'));
          if (!words.more) throw new LineError(`missing action after 'at ${atMs}'`);
          const action = parseAction(words, servers);
          scenario.steps.push({ atMs, line: line.number, text: statementText(line, 2), action });
          timed.push({ line: line.number, lastMs: atMs, window: false });
          break;
        }
        case 'expect': {
          const at = words.word("'at' and a time");
          if (at !== 'at') throw new LineError(`expected 'expect at <ms> <check>', got 'expect ${at}'`);
          const atMs = time(words.word('a time in ms'));
          const withinMs = words.peek()?.text === 'within' ? windowLength(words) : undefined;
          if (!words.more) throw new LineError(`missing check after 'expect at ${atMs}'`);
          const checkToken = line.tokens.length - words.remaining;
          const check = parseCheck(words, servers);
          const text = statementText(line, checkToken);
          scenario.expectations.push({
            atMs,
            line: line.number,
            text,
            check,
            ...(withinMs ? { withinMs } : {}),
          });
          timed.push({ line: line.number, lastMs: atMs + (withinMs ?? 0), window: withinMs !== undefined });
          break;
        }
        default:
          throw unknown('statement', keyword, STATEMENTS);
      }
    });
  }

  if (scenario.runMs !== undefined) {
    for (const { line, lastMs, window } of timed) {
      if (lastMs > scenario.runMs && !errors.some((e) => e.line === line)) {
        const what = window ? `its window ends at ${lastMs},` : `time ${lastMs} is`;
        errors.push({ line, message: `${what} after the end of the run (run ${scenario.runMs})` });
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  scenario.steps.sort(byTimeThenLine);
  scenario.expectations.sort(byTimeThenLine);
  return { ok: true, scenario };
}

function byTimeThenLine(a: { atMs: number; line: number }, b: { atMs: number; line: number }): number {
  return a.atMs - b.atMs || a.line - b.line;
}

/**
 * Steps and expectations in the one order they run: by time, and statements with the same time in
 * the order written, so `expect at T` after `at T crash 1` sees the crash and one before it does not.
 */
export function runOrder(scenario: Scenario): Array<TimedStep | Expectation> {
  return [...scenario.steps, ...scenario.expectations].sort(byTimeThenLine);
}

/** `within 240000` after `expect at T`: the length of the window in which the check must hold. */
function windowLength(words: Words): number {
  words.word("'within'");
  return positive(words.word('a window length in ms'), 'the window length');
}

function parseConfig(setting: string, scenario: Scenario, seen: Map<string, number>, line: number): void {
  const [key, value] = keyValue(setting, 'tickTime=2000');
  if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw unknown('config key', key, CONFIG_KEYS);
  noRepeat(seen, `config ${key}`, key, line);
  const config = scenario.config;
  switch (key as (typeof CONFIG_KEYS)[number]) {
    case 'tickTime':
      config.tickTimeMs = positive(value, 'tickTime');
      break;
    case 'initLimit':
      config.initLimitTicks = positive(value, 'initLimit');
      break;
    case 'syncLimit':
      config.syncLimitTicks = positive(value, 'syncLimit');
      break;
    case 'heartbeatMs':
      config.heartbeatMs = positive(value, 'heartbeatMs');
      break;
    case 'timeoutMs':
      config.timeoutMs = positive(value, 'timeoutMs');
      break;
    case 'detector':
      if (value !== 'zookeeper' && value !== 'all-to-all') throw unknown('detector', value, DETECTORS);
      config.detector = value;
      break;
  }
}

function parseNetwork(setting: string, scenario: Scenario, seen: Map<string, number>, line: number): void {
  const [key, value] = keyValue(setting, 'latency=2');
  if (!(NETWORK_KEYS as readonly string[]).includes(key)) throw unknown('network setting', key, NETWORK_KEYS);
  noRepeat(seen, `network ${key}`, key, line);
  if (key === 'latency') scenario.network.latencyMs = whole(value, 'latency');
  else scenario.network.jitterMs = whole(value, 'jitter');
}

function keyValue(setting: string, example: string): [string, string] {
  const at = setting.indexOf('=');
  if (at <= 0 || at === setting.length - 1)
    throw new LineError(`expected key=value like ${example}, got '${setting}'`);
  return [setting.slice(0, at), setting.slice(at + 1)];
}

function noRepeat(seen: Map<string, number>, what: string, key: string, line: number): void {
  const first = seen.get(key);
  if (first !== undefined) {
    throw new LineError(`${what} set twice (${first === line ? 'on this line' : `first on line ${first}`})`);
  }
  seen.set(key, line);
}

/** The source of a statement from its n-th token on, comment stripped, for narration. */
function statementText(line: Line, fromToken: number): string {
  const first = line.tokens[fromToken] as Token;
  const last = line.tokens[line.tokens.length - 1] as Token;
  return line.source.slice(first.start, last.end);
}

function messageOf(error: unknown): string {
  if (error instanceof LineError) return error.message;
  throw error; // a bug in the parser, not in the script
}

export function formatScenarioErrors(errors: readonly ScenarioError[]): string {
  return errors.map((e) => (e.line > 0 ? `line ${e.line}: ${e.message}` : e.message)).join('\n');
}
