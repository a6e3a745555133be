import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, MAX_REPORTED_ERRORS, MAX_SCRIPT_BYTES, MAX_STATEMENTS } from '../../core/limits.ts';
import { defaultRunMs, runScenario } from '../runner.ts';
import { formatScenarioErrors, parseScenario, printScenario, type Scenario } from '../scenario.ts';

// The bounds of the scenario language: each refusal names its line and its reason, and no input
// makes the parser or the runner do unbounded work.

function errorsOf(text: string) {
  const result = parseScenario(text);
  if (result.ok) throw new Error('expected the script to be refused');
  return result;
}

function parsed(text: string): Scenario {
  const result = parseScenario(text);
  if (!result.ok) throw new Error(formatScenarioErrors(result.errors));
  return result.scenario;
}

describe('scenario bounds: whitespace and characters', () => {
  const lookAlikes: Array<[string, string, RegExp]> = [
    ['no-break space', '\u00a0', /a no-break space \(U\+00A0\)/],
    ['ideographic space (a Chinese IME)', '\u3000', /an ideographic space \(U\+3000\)/],
    ['line separator', '\u2028', /a line separator \(U\+2028\)/],
    ['vertical tab', '\v', /a vertical tab/],
    ['form feed', '\f', /a form feed/],
    ['em space', '\u2003', /a Unicode space \(U\+2003\)/],
    ['byte order mark mid-line', '\ufeff', /a byte order mark/],
    ['escape', '\u001b', /a control character \(U\+001B\)/],
  ];
  for (const [name, ch, message] of lookAlikes) {
    it(`refuses a ${name} between words, with its column`, () => {
      const { errors } = errorsOf(`nodes 3\nat 0 start${ch}all\nrun 1000\n`);
      expect(errors).toMatchObject([{ line: 2, message: expect.stringMatching(message) }]);
      expect(errors[0]!.message).toMatch(/^column 11: /);
    });
  }

  it('keeps any character inside quotes: it is data', () => {
    const s = parsed('nodes 3\nat 0 write /a "x\u00a0y\u3000z"');
    expect(s.steps[0]!.action).toEqual({ type: 'write', path: '/a', value: 'x\u00a0y\u3000z' });
  });

  it('accepts and drops a leading byte order mark', () => {
    expect(parsed('\ufeffnodes 3\nat 0 start all').nodes).toBe(3);
  });

  it('refuses binary input (NUL) on its line', () => {
    expect(errorsOf('nodes 3\nat 0 start all\u0000\n').errors).toMatchObject([{ line: 2, message: expect.stringMatching(/binary input/) }]);
  });
});

describe('scenario bounds: sizes', () => {
  it('refuses a script over jute.maxbuffer without reading its lines', () => {
    const { errors } = errorsOf('nodes 3\n' + '#'.repeat(MAX_SCRIPT_BYTES));
    expect(errors).toMatchObject([{ line: 0, message: expect.stringMatching(/larger than 1,048,575 bytes/) }]);
  });

  it('refuses a line over MAX_LINE_CHARS, and keeps the message short', () => {
    const { errors } = errorsOf(`nodes 3\nat 0 write /a "${'x'.repeat(MAX_LINE_CHARS)}"`);
    expect(errors).toMatchObject([{ line: 2, message: expect.stringMatching(/a line holds at most 16,384/) }]);
    expect(errors[0]!.message.length).toBeLessThan(100);
  });

  it('refuses more than MAX_STATEMENTS statements', () => {
    const body = Array.from({ length: MAX_STATEMENTS }, (_, i) => `at ${i} heal`).join('\n');
    expect(errorsOf(`nodes 3\n${body}`).errors).toMatchObject([{ line: 0, message: expect.stringMatching(/more than 10,000 statements \(line 10001/) }]);
  });

  it('reports the first MAX_REPORTED_ERRORS errors and counts the rest', () => {
    const result = errorsOf('nodes 3\n' + 'at 0 crsh 1\n'.repeat(500));
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(result.omittedErrors).toBe(500 - MAX_REPORTED_ERRORS);
    expect(formatScenarioErrors(result.errors, result.omittedErrors)).toMatch(/\n… and 480 more errors$/);
  });

  it('cuts quoted input in messages to 40 characters', () => {
    const { errors } = errorsOf(`nodes 3\nat 0 crash ${'9'.repeat(5000)}`);
    expect(errors[0]!.message.length).toBeLessThan(120);
    expect(errors[0]!.message).toMatch(/…/);
  });
});

describe('scenario bounds: numbers', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['run past one hour', 'run 1000000000000', /run length must be at most 3,600,000 ms/],
    ['a time past one hour', 'at 3600001 heal', /beyond the 3,600,000 ms/],
    ['tickTime 2^53 - 1', 'config tickTime=9007199254740991', /tickTime must be from 50 to 10,000 ms/],
    ['jitter 1e9', 'network jitter=1000000000', /jitter must be from 0 to 60,000 ms/],
    ['delay 1e11', 'at 0 delay 100000000000', /latency must be from 0 to 60,000 ms/],
    ['a window past one hour', 'expect at 0 within 3600001 leader any', /window length must be at most/],
    ['a server id past 4095', 'observers 5000', /server ids stop at 4095/],
    ['more than 101 servers', 'observers ' + Array.from({ length: 99 }, (_, i) => i + 4).join(','), /more than 101 servers/],
  ];
  for (const [name, line, message] of cases) {
    it(`refuses ${name}`, () => {
      expect(errorsOf(`nodes 3\n${line}`).errors).toMatchObject([{ line: 2, message: expect.stringMatching(message) }]);
    });
  }

  it('refuses an all-to-all timeout not above the heartbeat, as the settings form does', () => {
    expect(errorsOf('nodes 3\nconfig detector=all-to-all heartbeatMs=3000 timeoutMs=1000').errors).toMatchObject([
      { line: 2, message: expect.stringMatching(/must be longer than the heartbeat interval/) },
    ]);
    expect(parsed('nodes 3\nconfig heartbeatMs=3000 timeoutMs=1000').config.timeoutMs).toBe(1000); // unused by zookeeper mode
  });

  it('refuses a session timeout the servers would not grant, as the connect form does', () => {
    expect(errorsOf('nodes 3\nconfig tickTime=1000\nat 0 connect c1 to 1 timeout=1000').errors).toMatchObject([
      { line: 3, message: 'session timeout 1,000 ms is outside what the servers grant: 2,000 to 20,000 ms (2 to 20 × tickTime 1,000 ms)' },
    ]);
  });
});

describe('scenario bounds: clients', () => {
  it('refuses an operation through a client that never connected, and a close of an unknown client', () => {
    expect(errorsOf('nodes 3\nat 0 create c1 /a "x"\nat 1 close c2').errors).toMatchObject([
      { line: 2, message: expect.stringMatching(/client c1 is not connected by then/) },
      { line: 3, message: expect.stringMatching(/client c2 is not connected by then/) },
    ]);
  });

  it('refuses an operation that runs before its connect, even if written after it', () => {
    expect(errorsOf('nodes 3\nat 10 connect c1 to 1\nat 5 set c1 /a "x"').errors).toMatchObject([{ line: 3, message: expect.stringMatching(/not connected by then/) }]);
  });

  it('refuses a second connect of one name, closed or not', () => {
    expect(errorsOf('nodes 3\nat 0 connect c1 to 1\nat 5 close c1\nat 9 connect c1 to 2').errors).toMatchObject([
      { line: 4, message: expect.stringMatching(/client c1 already connected on line 2/) },
    ]);
  });

  it('accepts steps after close or disconnect: the server answers them', () => {
    expect(parsed('nodes 3\nat 0 connect c1 to 1\nat 5 disconnect c1\nat 9 set c1 /a "x"').steps).toHaveLength(3);
  });
});

describe('runner bounds', () => {
  it('stops at the work bound and says where', () => {
    const report = runScenario(parsed('nodes 5\nat 0 start all\nrun 600000'), 1, { maxWork: 500 });
    expect(report.workDone).toBe(500);
    expect(report.workBoundAtMs).toBeGreaterThan(0);
    expect(report.final.timeMs).toBeLessThan(600_000);
  });

  it('counts every open window\'s re-check as work', () => {
    const windows = Array.from({ length: 100 }, () => 'expect at 0 within 600000 leader 1').join('\n');
    const report = runScenario(parsed(`nodes 5\nat 0 start all\n${windows}\nrun 600000`), 1, { maxWork: 10_000 });
    expect(report.workBoundAtMs).toBeDefined();
    expect(report.workDone).toBeGreaterThanOrEqual(10_000);
    expect(report.workDone).toBeLessThanOrEqual(10_000 + 101); // the last event and its re-checks
  });

  it('a run within the bound reports its work and no bound', () => {
    const report = runScenario(parsed('nodes 3\nat 0 start all\nrun 5000'), 1);
    expect(report.workDone).toBeGreaterThan(0);
    expect(report.workBoundAtMs).toBeUndefined();
  });

  it('finds the default run length of 250,000 steps without overflowing the stack', () => {
    const base = parsed('nodes 3\nat 0 heal');
    const step = base.steps[0]!;
    const steps = Array.from({ length: 250_000 }, (_, i) => ({ ...step, atMs: i, line: i + 2 }));
    expect(defaultRunMs({ ...base, steps })).toBe(249_999 + 10_000);
  });
});

describe('printScenario (--print-script)', () => {
  it('prints every statement form back to the same scenario', () => {
    const source = `nodes 5
observers 6,7
config tickTime=1000 initLimit=5 syncLimit=2 detector=all-to-all heartbeatMs=500 timeoutMs=1500
network latency=3 jitter=1
seed 9
at 0 start all
at 10 partition 1,2,3|3,4,5
at 20 cut 1<->2
at 21 heal 1->2
at 22 heal all
at 23 heal
at 30 drop 2->3 12.5%
at 31 delay 4->5 40 jitter 7
at 32 duplicate 5%
at 40 write /cfg "a \\"quoted\\" \\\\ value"
at 50 connect c1 to 6 timeout=4000
at 51 create c1 /q/item- "x" ephemeral sequential
at 52 set c1 / "root"
at 53 delete c1 /cfg
at 54 close c1
at 60 crash leader
expect at 70 within 900 leader any
expect at 71 state 6 observing
expect at 72 znode /cfg absent on 2
expect at 73 epoch leader >= 1
run 20000 until decided
`;
    const once = parseScenario(source);
    if (!once.ok) throw new Error(formatScenarioErrors(once.errors));
    const printed = printScenario(once.scenario);
    const twice = parseScenario(printed);
    if (!twice.ok) throw new Error(formatScenarioErrors(twice.errors));
    const strip = (s: Scenario) => ({ ...s, steps: s.steps.map(({ action, atMs }) => ({ action, atMs })), expectations: s.expectations.map(({ check, atMs, withinMs }) => ({ check, atMs, withinMs })) });
    expect(strip(twice.scenario)).toEqual(strip(once.scenario));
    expect(printed).toContain('at 51 create c1 /q/item- "x" ephemeral sequential');
    expect(printed).toContain('at 40 write /cfg "a \\"quoted\\" \\\\ value"');
    expect(printScenario(twice.scenario)).toBe(printed);
  });
});
