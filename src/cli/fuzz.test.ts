import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_ERRORS } from '../core/limits.ts';
import { parseScenario } from '../sim/scenario.ts';
import { goodScript, hostileScript, type Hostile } from '../sim/scenario/testing/hostile.ts';
import { runSim, type SimOutcome } from './simMain.ts';

// Property tests of the one entry the CLI uses (runSim): every generated malformed script is
// refused with exit status 2, a line-numbered reason, a short report and no stack trace, before
// the simulator does any work. FUZZ_RUNS=100000 runs more; FUZZ_SEED=<n> replays a failure.

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
const FILE = 'src/cli/fuzz.test.ts';

function replay(seed: number, path: string): string {
  return `FUZZ_SEED=${seed} npx vitest run ${FILE}   (fast-check path ${path})`;
}

/** fc.assert, but a failure says the seed and the one command that replays it. */
function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs = RUNS): void {
  const details = fc.check(fc.property(arbitrary, predicate), { numRuns: runs, seed: SEED });
  if (!details.failed) return;
  const shown = JSON.stringify(details.counterexample?.[0])?.slice(0, 600);
  throw new Error(`fuzz case failed (seed ${details.seed}): ${String(details.errorInstance).slice(0, 400)}\n  input: ${shown}\n  replay: ${replay(details.seed, details.counterexamplePath ?? '')}`);
}

interface Ran extends SimOutcome {
  stdout: string;
  stderr: string;
}

function simOn(text: string, extraArgs: string[] = []): Ran {
  let stdout = '';
  let stderr = '';
  const outcome = runSim(['--script', 'fuzz.scn', ...extraArgs], {
    readFile: () => new TextEncoder().encode(text),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { ...outcome, stdout, stderr };
}

const STACK_TRACE = /^\s+at .+[(:]\d+|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b|node:internal/m;

function expectRefused(ran: Ran, hostile: Hostile & { extra: boolean }): void {
  expect(ran.status).toBe(2);
  expect(ran.workDone).toBe(0); // the work bound: nothing was simulated
  expect(ran.stdout).toBe('');
  expect(ran.stderr).not.toMatch(STACK_TRACE);
  expect(ran.stderr).toMatch(/line \d+: /);
  if (!hostile.extra && hostile.line > 0) expect(ran.stderr).toContain(`line ${hostile.line}: `);
  const lines = ran.stderr.trimEnd().split('\n');
  expect(lines.length).toBeLessThanOrEqual(MAX_REPORTED_ERRORS + 2);
  for (const line of lines) expect(line.length).toBeLessThan(400);
}

describe('fuzz: malformed scripts through the CLI entry (runSim)', () => {
  it(`refuses ${RUNS} generated malformed scripts: exit 2, a line-numbered reason, no trace, no work`, () => {
    check(hostileScript, (hostile) => expectRefused(simOn(hostile.text), hostile));
  }, 60_000 + RUNS * 20); // a budget for slow machines, never an assertion: 1,000 runs take about 3 s here

  it('prints every well-formed script back to one that parses to the same scenario', () => {
    const withoutLines = (text: string) => {
      const parsed = parseScenario(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const s = parsed.scenario;
      return { ...s, steps: s.steps.map(({ line: _l, text: _t, ...rest }) => rest), expectations: s.expectations.map(({ line: _l, text: _t, ...rest }) => rest) };
    };
    check(goodScript, (lines) => {
      const text = lines.join('\n');
      const printed = simOn(text, ['--print-script']);
      expect(printed.status).toBe(0);
      expect(withoutLines(printed.stdout)).toEqual(withoutLines(text));
    }, Math.min(RUNS, 300));
  });
});

describe('fuzz: the real CLI process', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const dir = mkdtempSync(join(tmpdir(), 'zk-fuzz-'));
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['a no-break space', 'nodes 3\nat 0 start\u00a0all\nrun 1000\n', /line 2: column 11: a no-break space/],
    ['invalid UTF-8', new Uint8Array([0x6e, 0x6f, 0x64, 0x65, 0x73, 0x20, 0x33, 0x0a, 0xff, 0xfe]), /not UTF-8 text/],
    ['a client connected twice', 'nodes 3\nat 0 start all\nat 1 connect c1 to 1\nat 2 connect c1 to 2\n', /line 4: client c1 already connected on line 3/],
  ];
  for (const [name, content, message] of cases) {
    it(`${name}: exit 2 and one clear message`, () => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.scn`);
      writeFileSync(file, content);
      const result = spawnSync(tsx, ['src/cli/sim.ts', '--script', file], { encoding: 'utf8', timeout: 60_000 });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }, 60_000);
  }
});
