import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinScript, narrateReport, parseOrExplain, parseSimArgs, reportPassed, toJson } from './cliSupport.ts';
import { chaosScript, runChaos } from '../sim/chaos.ts';
import { runScenario } from '../sim/runner.ts';
import { runSim } from './simMain.ts';

// The simulator's command line: arguments, errors that change nothing, narration and the JSON object.

describe('sim command line', () => {
  it('parses the documented options', () => {
    expect(parseSimArgs(['--scenario', 'kill-leader', '--nodes', '5', '--seed', '1', '--json'])).toEqual({
      scenario: 'kill-leader',
      nodes: 5,
      seed: 1,
      json: true,
      list: false,
      quiet: false,
      lang: 'en',
    });
  });

  it('rejects bad arguments with a clear message', () => {
    expect(parseSimArgs([])).toMatch(/give --scenario NAME or --script FILE/);
    expect(parseSimArgs(['--nodes', 'five', '--scenario', 'steady'])).toMatch(
      /--nodes needs a whole number from 1 to 101, got five/,
    );
    expect(parseSimArgs(['--scenario', 'a', '--script', 'b'])).toMatch(/not both/);
    expect(parseSimArgs(['--frobnicate'])).toMatch(/unknown option --frobnicate/);
    expect(builtinScript('kil-leader')).toEqual({
      error: expect.stringMatching(/unknown scenario "kil-leader"; built-in scenarios: steady, kill-leader/),
    });
    expect(builtinScript('even-ensemble', 200)).toEqual({
      error: expect.stringMatching(/between 2 and 101 nodes, got 200/),
    });
  });

  it('a malformed script names its line and runs nothing', () => {
    const result = parseOrExplain('nodes 3\nat 0 start all\nat 100 crsh 2\n', 'lesson.scn');
    expect('error' in result && result.error).toMatch(/lesson\.scn is not a valid scenario; nothing was run/);
    expect('error' in result && result.error).toMatch(/line 3/);
  });

  it('narrates kill-leader in plain words and reports DESIGN §7 JSON', () => {
    const built = builtinScript('kill-leader', 5);
    if ('error' in built) throw new Error(built.error);
    const parsed = parseOrExplain(built.text, 'kill-leader');
    if ('error' in parsed) throw new Error(parsed.error);
    const report = runScenario(parsed.scenario, 1);
    expect(reportPassed(report)).toBe(true);
    const text = narrateReport(report, { kind: 'scenario', name: 'kill-leader' }, false);
    expect(text).toMatch(/kill leader \(the leader is server 5\)/);
    expect(text).toMatch(/Server \d lost its connection to leader 5 \(connection reset\)/);
    expect(text).toMatch(/Server 4 leads epoch 2/);
    expect(text).toMatch(/first reaction after \d ms/);
    const json = JSON.parse(toJson(report));
    expect(json.seed).toBe(1);
    expect(json.final).toMatchObject({ leader: 4, epoch: 2 });
    expect(json.final.nodes[0]).toEqual({ id: 1, state: 'following', epoch: 2, zxid: '0x100000003' });
    expect(json.faults[0]).toMatchObject({
      atMs: 5000,
      action: 'kill',
      node: 5,
      wasLeader: true,
      newLeader: 4,
    });
    expect(json.faults[0].detectedAfterMs).toBeLessThanOrEqual(5);
    expect(json.expectations.every((e: { passed: boolean }) => e.passed)).toBe(true);
    expect(json.violations).toEqual([]);
    expect(json.events.some((e: { kind: string }) => e.kind === 'leader-elected')).toBe(true);
  });

  it("prints every fault's metrics after a run, against their bounds, and adds them to --json", () => {
    let stdout = '';
    const outcome = runSim(['--scenario', 'crash-leader'], { readFile: () => new Uint8Array(), stdout: (t) => (stdout += t), stderr: () => {} });
    expect(outcome.status).toBe(0);
    expect(stdout).toMatch(/Fault metrics \(detection, election, unavailability, sync, each against its bound\):/);
    expect(stdout).toMatch(
      /5,000 ms crash server 5 \(the leader\): first noticed after 3,\d{3} ms by server \d \(bound 2,000 ms…6,000 ms: syncLimit × tickTime \(2 × 2,000 ms\)\); election won by server 4 after 1 round, \d+ ms; unavailable [\d,]+ ms, a synced quorum again after [\d,]+ ms \(bound 16,000 ms\); sync DIFF ×\d\./,
    );
    let json = '';
    runSim(['--scenario', 'crash-leader', '--json'], { readFile: () => new Uint8Array(), stdout: (t) => (json += t), stderr: () => {} });
    const metric = JSON.parse(json).metrics[0];
    expect(metric).toMatchObject({ action: 'crash', node: 5, wasLeader: true, detectionBound: { ms: 4000, loMs: 2000, hiMs: 6000 } });
    expect(metric.detectedMs).toBeGreaterThanOrEqual(2000);
    expect(metric.detectedMs).toBeLessThanOrEqual(6000);
    expect(metric.recoveredMs).toBeGreaterThan(metric.detectedMs);
  });

  it('narrates a window expectation with the moment it held', () => {
    const parsed = parseOrExplain(
      'nodes 3\nat 0 start all\nat 5000 kill 3\nexpect at 5000 within 20000 leader 2\n',
      'window.scn',
    );
    if ('error' in parsed) throw new Error(parsed.error);
    const text = narrateReport(runScenario(parsed.scenario, 1), { kind: 'script', path: 'window.scn' }, false);
    expect(text).toMatch(/PASS line 4: at 5,000 ms within 20,000 ms leader 2 \(held at [\d,]+ ms\)/);
  });
});

describe('chaos command line', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

  it('prints a schedule that npm run sim -- --script runs unchanged, reproducing the chaos run', () => {
    const seed = 11;
    const script = execFileSync(tsx, ['src/cli/chaos.ts', '--seed', String(seed), '--print-script'], {
      encoding: 'utf8',
    });
    expect(script).toBe(chaosScript(seed).text);
    const file = join(mkdtempSync(join(tmpdir(), 'zk-chaos-test-')), `chaos-${seed}.scn`);
    writeFileSync(file, script);
    const sim = spawnSync(tsx, ['src/cli/sim.ts', '--script', file, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(sim.stderr).toBe('');
    const json = JSON.parse(sim.stdout);
    const chaos = runChaos(seed);
    expect(chaos.violations).toEqual([]);
    expect(sim.status).toBe(0);
    expect(json.final).toEqual(chaos.final);
    expect(json.deliveredMessages).toBe(chaos.deliveredMessages);
    expect(json.violations).toEqual([]);
    expect(json.expectations).toEqual([
      expect.objectContaining({
        passed: true,
        text: 'leader any',
        decidedAtMs: chaos.healedAtMs + chaos.recoveredAfterMs!,
      }),
    ]);
  }, 60_000);

  it('rejects a bad option with a message, not a stack trace', () => {
    const result = spawnSync(tsx, ['src/cli/chaos.ts', '--print-script'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('chaos: --print-script needs --seed SEED\n');
  }, 60_000);
});

describe('sim entry (runSim): files and help', () => {
  const run = (argv: string[], readFile: (path: string, maxBytes: number) => Uint8Array) => {
    let stdout = '';
    let stderr = '';
    const outcome = runSim(argv, { readFile, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { ...outcome, stdout, stderr };
  };

  it('--help prints the usage and the exit statuses', () => {
    const result = run(['--help'], () => new Uint8Array());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Exit status: 0 passed, 1 an expectation or invariant failed, 2 the input was refused/);
  });

  it('refuses a file larger than jute.maxbuffer from its first MAX_SCRIPT_BYTES + 1 bytes', () => {
    const result = run(['--script', 'big.scn'], (_path, maxBytes) => new Uint8Array(maxBytes + 1).fill(0x23));
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: 'sim: big.scn is larger than 1,048,575 bytes (jute.maxbuffer), the most a scenario may hold\n' });
  });

  it('says why a file cannot be read, in one line', () => {
    const result = run(['--script', 'gone.scn'], () => {
      throw new Error("ENOENT: no such file or directory, open 'gone.scn'");
    });
    expect(result).toMatchObject({ status: 2, stderr: "sim: cannot read gone.scn: ENOENT: no such file or directory, open 'gone.scn'\n" });
  });
});
