import { describe, expect, it } from 'vitest';
import { builtinScript, narrate, parseOrExplain, parseSimArgs, reportPassed, toJson } from './cliSupport.ts';
import { runScenario } from '../sim/runner.ts';

// The simulator's command line: arguments, errors that change nothing, narration and the JSON object.

describe('sim command line', () => {
  it('parses the documented options', () => {
    expect(parseSimArgs(['--scenario', 'kill-leader', '--nodes', '5', '--seed', '1', '--json'])).toEqual({ scenario: 'kill-leader', nodes: 5, seed: 1, json: true, list: false, quiet: false });
  });

  it('rejects bad arguments with a clear message', () => {
    expect(parseSimArgs([])).toMatch(/give --scenario NAME or --script FILE/);
    expect(parseSimArgs(['--nodes', 'five', '--scenario', 'steady'])).toMatch(/--nodes needs a whole number, got five/);
    expect(parseSimArgs(['--scenario', 'a', '--script', 'b'])).toMatch(/not both/);
    expect(parseSimArgs(['--frobnicate'])).toMatch(/unknown option --frobnicate/);
    expect(builtinScript('kil-leader')).toEqual({ error: expect.stringMatching(/unknown scenario "kil-leader"; built-in scenarios: steady, kill-leader/) });
    expect(builtinScript('even-ensemble', 200)).toEqual({ error: expect.stringMatching(/between 2 and 101 nodes, got 200/) });
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
    const text = narrate(report, 'scenario kill-leader', false);
    expect(text).toMatch(/kill leader \(the leader is server 5\)/);
    expect(text).toMatch(/Server \d lost its connection to leader 5 \(connection reset\)/);
    expect(text).toMatch(/Server 4 leads epoch 2/);
    expect(text).toMatch(/first reaction after \d ms/);
    const json = JSON.parse(toJson(report));
    expect(json.seed).toBe(1);
    expect(json.final).toMatchObject({ leader: 4, epoch: 2 });
    expect(json.final.nodes[0]).toEqual({ id: 1, state: 'following', epoch: 2, zxid: '0x100000003' });
    expect(json.faults[0]).toMatchObject({ atMs: 5000, action: 'kill', node: 5, wasLeader: true, newLeader: 4 });
    expect(json.faults[0].detectedAfterMs).toBeLessThanOrEqual(5);
    expect(json.expectations.every((e: { passed: boolean }) => e.passed)).toBe(true);
    expect(json.violations).toEqual([]);
    expect(json.events.some((e: { kind: string }) => e.kind === 'leader-elected')).toBe(true);
  });
});
