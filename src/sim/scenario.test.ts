import { describe, expect, it } from 'vitest';
import { formatScenarioErrors, parseScenario, type Scenario } from './scenario.ts';

// The example of DESIGN §7, but for its last client step: DESIGN closes a client c2 that never
// connected, which the parser now refuses (see the client tests below), so this closes c1.
const DESIGN_EXAMPLE = `nodes 5                      # voters 1..5
observers 6,7                # optional non-voting servers
config tickTime=2000 initLimit=10 syncLimit=5 detector=zookeeper   # or detector=all-to-all heartbeatMs=1000 timeoutMs=3000
network latency=2 jitter=1   # default link latency and jitter, ms
seed 42
at 0 start all
at 3000 write /config/db "primary=1"     # a client write through the current leader
at 5000 crash leader         # host dies silently: peers notice only through timeouts
at 5000 kill 3               # process dies, its connections reset: peers notice at once
at 6000 pause 2              # process frozen (GC pause, SIGSTOP): input queues up, timers stop
at 9000 resume 2
at 12000 restart 3           # start a crashed or killed server again from its durable state
at 15000 partition 1,2|3,4,5 # only links inside a group carry messages
at 16000 cut 1->2            # one-way; \`cut 1<->2\` both ways
at 20000 heal                # every link back
at 21000 drop 10%            # all links; \`drop 1->2 10%\` one link
at 21000 delay 50 jitter 20  # all links, ms
at 22000 connect c1 to 3 timeout=6000     # a client session attached to server 3
at 23000 create c1 /workers/w1 "up" ephemeral
at 23000 set c1 /config/db "primary=2"
at 23000 delete c1 /config/db
at 24000 disconnect c1       # the client vanishes: its session expires after its timeout
at 24000 close c1            # the client closes its session: its ephemeral znodes go at once
expect at 30000 leader 4     # or: leader none
expect at 30000 state 5 down # looking | following | leading | observing | down | paused
expect at 30000 znode /workers/w1 absent on all       # or: znode /config/db "primary=2" on 3
run 60000
`;

function parsed(text: string): Scenario {
  const result = parseScenario(text);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}

function errorsOf(text: string) {
  const result = parseScenario(text);
  if (result.ok) throw new Error('expected the script to be rejected');
  return result.errors;
}

describe('parseScenario: the DESIGN §7 example', () => {
  it('parses every statement', () => {
    const s = parsed(DESIGN_EXAMPLE);
    expect(s.nodes).toBe(5);
    expect(s.observers).toEqual([6, 7]);
    expect(s.config).toEqual({
      tickTimeMs: 2000,
      initLimitTicks: 10,
      syncLimitTicks: 5,
      detector: 'zookeeper',
    });
    expect(s.network).toEqual({ latencyMs: 2, jitterMs: 1 });
    expect(s.seed).toBe(42);
    expect(s.runMs).toBe(60000);
    expect(s.steps.map((step) => step.action)).toEqual([
      { type: 'start', node: 'all' },
      { type: 'write', path: '/config/db', value: 'primary=1' },
      { type: 'crash', node: 'leader' },
      { type: 'kill', node: 3 },
      { type: 'pause', node: 2 },
      { type: 'resume', node: 2 },
      { type: 'restart', node: 3 },
      {
        type: 'partition',
        groups: [
          [1, 2],
          [3, 4, 5],
        ],
      },
      { type: 'cut', from: 1, to: 2, both: false },
      { type: 'heal' },
      { type: 'drop', rate: 0.1 },
      { type: 'delay', latencyMs: 50, jitterMs: 20 },
      { type: 'connect', client: 'c1', server: 3, timeoutMs: 6000 },
      { type: 'create', client: 'c1', path: '/workers/w1', value: 'up', mode: 'ephemeral' },
      { type: 'set', client: 'c1', path: '/config/db', value: 'primary=2' },
      { type: 'delete', client: 'c1', path: '/config/db' },
      { type: 'disconnect', client: 'c1' },
      { type: 'close', client: 'c1' },
    ]);
    expect(s.steps[1]).toMatchObject({ atMs: 3000, line: 7, text: 'write /config/db "primary=1"' });
    expect(s.steps[2]).toMatchObject({ atMs: 5000, line: 8, text: 'crash leader' });
    expect(s.expectations).toEqual([
      { atMs: 30000, line: 24, text: 'leader 4', check: { type: 'leader', leader: 4 } },
      { atMs: 30000, line: 25, text: 'state 5 down', check: { type: 'state', node: 5, state: 'down' } },
      {
        atMs: 30000,
        line: 26,
        text: 'znode /workers/w1 absent on all',
        check: { type: 'znode', path: '/workers/w1', value: null, on: 'all' },
      },
    ]);
  });

  it('is plain JSON data', () => {
    const s = parsed(DESIGN_EXAMPLE);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('parseScenario: statement forms', () => {
  it('sorts steps by time, keeping file order for equal times', () => {
    const s = parsed(`nodes 3
at 500 crash 1
at 100 crash 2
at 500 crash 3
at 100 heal
expect at 9 leader none
expect at 2 leader 1`);
    expect(s.steps.map((x) => x.line)).toEqual([3, 5, 2, 4]);
    expect(s.expectations.map((x) => x.line)).toEqual([7, 6]);
  });

  it('reads the other variants', () => {
    const s = parsed(`# a comment line

nodes 5
observers 6, 7
config detector=all-to-all heartbeatMs=1000
config timeoutMs=3000
at 1 cut 1<->2
at 2 cut 3 -> 4
at 3 drop 1->2 12.5%
at 4 partition 1,2 | 3
at 5 delay 30
at 6 connect c1 to 6
at 7 create c1 /q/item- "job #1" ephemeral sequential
at 7 create c1 /q/item- "" sequential
at 7 create c1 /a "with \\"quotes\\""
at 8 set c1 / "root"
expect at 10 znode /config/db "primary=2" on 3
expect at 10 znode /x "y"
expect at 10 epoch leader >= 2
expect at 10 epoch 3 >=1
expect at 10 state 6 observing
expect at 10 leader none`);
    expect(s.observers).toEqual([6, 7]);
    expect(s.config).toEqual({ detector: 'all-to-all', heartbeatMs: 1000, timeoutMs: 3000 });
    expect(s.steps.map((x) => x.action)).toEqual([
      { type: 'cut', from: 1, to: 2, both: true },
      { type: 'cut', from: 3, to: 4, both: false },
      { type: 'drop', rate: 0.125, link: { from: 1, to: 2 } },
      { type: 'partition', groups: [[1, 2], [3]] },
      { type: 'delay', latencyMs: 30, jitterMs: 0 },
      { type: 'connect', client: 'c1', server: 6 },
      { type: 'create', client: 'c1', path: '/q/item-', value: 'job #1', mode: 'ephemeral-sequential' },
      { type: 'create', client: 'c1', path: '/q/item-', value: '', mode: 'persistent-sequential' },
      { type: 'create', client: 'c1', path: '/a', value: 'with "quotes"', mode: 'persistent' },
      { type: 'set', client: 'c1', path: '/', value: 'root' },
    ]);
    expect(s.expectations.map((x) => x.check)).toEqual([
      { type: 'znode', path: '/config/db', value: 'primary=2', on: 3 },
      { type: 'znode', path: '/x', value: 'y', on: 'all' },
      { type: 'epoch', node: 'leader', min: 2 },
      { type: 'epoch', node: 3, min: 1 },
      { type: 'state', node: 6, state: 'observing' },
      { type: 'leader', leader: null },
    ]);
    expect(s.steps[6]?.text).toBe('create c1 /q/item- "job #1" ephemeral sequential');
  });

  it('reads the statements a chaos schedule needs', () => {
    const s = parsed(`nodes 3
at 1 duplicate 5%
at 2 delay 1->2 300 jitter 40
at 2 delay 2 -> 3 7
at 3 heal 1->2
at 3 heal 2 <-> 3
at 4 heal all
at 4 heal
expect at 5 within 1000 leader any
expect at 5 leader any
run 2000 until decided`);
    expect(s.steps.map((x) => x.action)).toEqual([
      { type: 'duplicate', rate: 0.05 },
      { type: 'delay', latencyMs: 300, jitterMs: 40, link: { from: 1, to: 2 } },
      { type: 'delay', latencyMs: 7, jitterMs: 0, link: { from: 2, to: 3 } },
      { type: 'heal-link', from: 1, to: 2, both: false },
      { type: 'heal-link', from: 2, to: 3, both: true },
      { type: 'heal-all' },
      { type: 'heal' },
    ]);
    expect(s.expectations).toEqual([
      { atMs: 5, line: 9, text: 'leader any', check: { type: 'leader', leader: 'any' }, withinMs: 1000 },
      { atMs: 5, line: 10, text: 'leader any', check: { type: 'leader', leader: 'any' } },
    ]);
    expect(s.runMs).toBe(2000);
    expect(s.untilDecided).toBe(true);
  });

  it('accepts a minimal script', () => {
    expect(parsed('nodes 1')).toEqual({
      nodes: 1,
      observers: [],
      config: {},
      network: {},
      steps: [],
      expectations: [],
    });
  });
});

describe('parseScenario: malformed lines', () => {
  const cases: Array<[string, string, number, RegExp]> = [
    [
      'unknown action',
      'nodes 5\nat 0 start all\nat 10 crsh 1',
      3,
      /unknown action 'crsh' \(expected one of: start, crash, kill, .*did you mean 'crash'/,
    ],
    ['unknown statement', 'nodes 5\nnodez 3', 2, /unknown statement 'nodez'.*did you mean 'nodes'/],
    ['negative time', 'nodes 5\n\nat -5 crash 1', 3, /time must be a whole number of milliseconds/],
    ['fractional time', 'nodes 5\nat 1.5 crash 1', 2, /time must be a whole number/],
    [
      'node out of range',
      'nodes 5\nobservers 6\nat 0 crash 9',
      3,
      /no server 9: servers are 1\.\.5 and observers 6/,
    ],
    ['percentage above 100', 'nodes 5\nat 0 drop 150%', 2, /between 0% and 100%/],
    ['percentage without %', 'nodes 5\nat 0 drop 10', 2, /expected a percentage like 10%/],
    ['path without slash', 'nodes 3\nat 0 write config/db "x"', 2, /starts with '\/'/],
    [
      'unknown config key',
      'nodes 3\nconfig tickTim=2000',
      2,
      /unknown config key 'tickTim'.*did you mean 'tickTime'/,
    ],
    ['non-numeric config', 'nodes 3\nconfig syncLimit=five', 2, /syncLimit must be a whole number/],
    ['unknown detector', 'nodes 3\nconfig detector=gossip', 2, /unknown detector 'gossip'/],
    ['duplicate nodes', 'nodes 3\nseed 1\nnodes 5', 3, /duplicate 'nodes' line \(first on line 1\)/],
    ['nodes too many', 'nodes 102', 1, /between 1 and 101/],
    ['observer not above voters', 'nodes 5\nobservers 5', 2, /above the voters/],
    ['unquoted value', 'nodes 3\nat 0 write /a primary', 2, /in double quotes/],
    ['unterminated quote', 'nodes 3\nat 0 write /a "oops', 2, /unterminated quoted string/],
    ['trailing words', 'nodes 3\nat 0 crash 1 now', 2, /unexpected 'now' after 'crash'/],
    [
      'heal with a stray word',
      'nodes 3\nat 0 heal now',
      2,
      /expected 'heal', 'heal all' or 'heal 1->2', got 'heal now'/,
    ],
    ['heal of an unknown server', 'nodes 3\nat 0 heal 1->4', 2, /no server 4: servers are 1\.\.3/],
    ['two-way delay', 'nodes 3\nat 0 delay 1<->2 50', 2, /a per-link delay is one direction/],
    ['delay without jitter keyword', 'nodes 3\nat 0 delay 50 20', 2, /expected 'jitter' after the latency/],
    ['per-link duplicate', 'nodes 3\nat 0 duplicate 1->2 5%', 2, /duplication applies to every link/],
    ['duplicate without %', 'nodes 3\nat 0 duplicate 5', 2, /expected a percentage like 10%/],
    [
      'window without length',
      'nodes 3\nexpect at 10 within leader any',
      2,
      /window length must be a whole number/,
    ],
    ['zero window', 'nodes 3\nexpect at 10 within 0 leader any', 2, /window length must be at least 1/],
    [
      'window after run',
      'nodes 3\nexpect at 10 within 100 leader any\nrun 50',
      2,
      /its window ends at 110, after the end of the run \(run 50\)/,
    ],
    [
      'run until what',
      'nodes 3\nrun 100 until done',
      2,
      /expected 'until decided' after the run length, got 'until done'/,
    ],
    ['unknown state', 'nodes 3\nexpect at 5 state 1 sleeping', 2, /unknown state 'sleeping'/],
    ['observer cannot lead', 'nodes 3\nobservers 4\nexpect at 5 leader 4', 3, /observer and can never lead/],
    ['expect without at', 'nodes 3\nexpect 5 leader 1', 2, /expected 'expect at <ms> <check>'/],
    ['self cut', 'nodes 3\nat 0 cut 2->2', 2, /two different servers/],
    [
      'server twice in a group',
      'nodes 3\nat 0 partition 1,2,2|3',
      2,
      /server 2 appears twice in the group '1,2,2'/,
    ],
    ['start leader', 'nodes 3\nat 0 start leader', 2, /expected a server id or 'all', got 'leader'/],
    ['missing action', 'nodes 3\nat 100', 2, /missing action after 'at 100'/],
    ['step after run', 'nodes 3\nat 70000 heal\nrun 60000', 2, /after the end of the run/],
    ['bad client name', 'nodes 3\nat 0 connect 7 to 1', 2, /client name starts with a letter/],
    ['connect without to', 'nodes 3\nat 0 connect c1 1', 2, /expected 'to'/],
    ['two-way drop', 'nodes 3\nat 0 drop 1<->2 5%', 2, /one direction/],
    ['unknown create mode', 'nodes 3\nat 0 create c1 /a "x" temporary', 2, /unknown create mode 'temporary'/],
    ['bad epoch bound', 'nodes 3\nexpect at 0 epoch leader > 2', 2, /expected a bound like >= 2/],
    [
      'config key repeated',
      'nodes 3\nconfig tickTime=1000\nconfig tickTime=2000',
      3,
      /set twice \(first on line 2\)/,
    ],
  ];
  for (const [name, script, line, message] of cases) {
    it(`${name}: line ${line}`, () => {
      const errors = errorsOf(script);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.line).toBe(line);
      expect(errors[0]?.message).toMatch(message);
    });
  }

  it('requires a nodes line', () => {
    expect(errorsOf('seed 1\nat 0 start all')).toMatchObject([
      { line: 0, message: "missing 'nodes' line (e.g. nodes 5)" },
    ]);
  });

  it('reports every bad line, in line order, and nothing partial', () => {
    const result = parseScenario('at 0 crsh 1\nnodes 3\nat 5 crash 4\nat 6 heal\nexpect at x leader 1');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([1, 3, 5]);
    expect(result).not.toHaveProperty('scenario');
  });

  it('formats errors one per line', () => {
    const errors = errorsOf('nodes 3\nat 10 crsh 1');
    expect(formatScenarioErrors(errors)).toMatch(
      /^line 2: unknown action 'crsh' \(expected one of: start, crash, kill,/,
    );
    expect(
      formatScenarioErrors([
        { line: 0, message: "missing 'nodes' line" },
        { line: 4, message: 'x' },
      ]),
    ).toBe("missing 'nodes' line\nline 4: x");
  });
});
