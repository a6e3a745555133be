import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chaosOptions,
  chaosScript,
  describeFailure,
  FAULT_KINDS,
  livenessBoundMs,
  runChaos,
  runChaosSafely,
  type ChaosResult,
} from './chaos.ts';
import { runScenario, settingsFor, type SimReport } from './runner.ts';
import { formatScenarioErrors, parseScenario } from './scenario.ts';

// The chaos suite CI runs: 2,000 seeded schedules (3–7 voters, sometimes observers, fault weights drawn
// per seed over crash, kill, pause, resume, restart, partition, cut, heal, drop, delay, duplication and
// client sessions and writes, 60–80 s of simulated faults, then a heal phase). Any violation fails with
// its seed, the replay command and the command that prints its script. More: `npm run chaos -- --schedules 100000`.

const REGRESSIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'regressions');
const REGRESSION_SCRIPTS = readdirSync(REGRESSIONS_DIR).filter((f) => f.endsWith('.scn'));
const SCHEDULES = Number(process.env['CHAOS_SCHEDULES'] ?? 2000);
const FIRST_SEED = Number(process.env['CHAOS_FROM'] ?? 1);

describe('chaos', () => {
  it(`${SCHEDULES} seeded fault schedules keep every invariant and heal in bounded time`, () => {
    const failures: string[] = [];
    let committed = 0;
    let recovered = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SCHEDULES; seed++) {
      const result = runChaosSafely(seed);
      committed += result.committed;
      if (result.recoveredAfterMs !== null) recovered++;
      if (result.violations.length > 0) failures.push(describeFailure(result));
    }
    expect(failures, failures.join('\n')).toEqual([]);
    // The schedules must really exercise the protocol: writes commit and every run heals.
    expect(committed).toBeGreaterThan(SCHEDULES);
    expect(recovered).toBe(SCHEDULES);
  });

  // Each of these schedules once exposed a bug (its header says which); they stay in the suite whatever
  // range CI runs. They are the schedules those seeds drew before fault weights were drawn per seed
  // (issue 7), kept as scripts because the seeds now draw other schedules.
  it.each(REGRESSION_SCRIPTS)('regression schedule %s keeps every invariant and heals', (file) => {
    const parsed = parseScenario(readFileSync(join(REGRESSIONS_DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
    const report = runScenario(parsed.scenario, undefined, { recordEvents: false });
    expect(report.violations).toEqual([]);
    expect(report.expectations.map((x) => `${x.text}: ${x.passed}`)).toEqual(['leader any: true']);
  });

  it('swarm options vary with the seed and stay in range', () => {
    const sizes = new Set<number>();
    const detectors = new Set<string>();
    const kindsOff = new Set<string>();
    const kindsOn = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const o = chaosOptions(seed);
      sizes.add(o.nodes);
      detectors.add(o.settings.detector);
      for (const kind of FAULT_KINDS) (o.weights[kind] === 0 ? kindsOff : kindsOn).add(kind);
      expect(FAULT_KINDS.some((kind) => o.weights[kind] > 0)).toBe(true);
      expect(o.nodes).toBeGreaterThanOrEqual(3);
      expect(o.nodes).toBeLessThanOrEqual(7);
      expect(o.faultPhaseMs).toBeGreaterThanOrEqual(60_000);
      expect(livenessBoundMs(o.settings)).toBeGreaterThan(o.settings.maxNotificationIntervalMs);
    }
    expect([...sizes].sort()).toEqual([3, 4, 5, 6, 7]);
    expect([...detectors].sort()).toEqual(['all-to-all', 'zookeeper']);
    // Every kind is left out by some seeds and drawn by others.
    expect([...kindsOff].sort()).toEqual([...FAULT_KINDS].sort());
    expect([...kindsOn].sort()).toEqual([...FAULT_KINDS].sort());
  });

  it('the script header states the weights the schedule was drawn with', () => {
    const { text, options } = chaosScript(7);
    const header = text.split('\n').find((line) => line.startsWith('# Fault weights:'));
    expect(header).toBe(
      `# Fault weights: ${FAULT_KINDS.map((kind) => `${kind} ${options.weights[kind]}`).join(', ')}.`,
    );
  });

  it('a failure names its seed, the replay command, the script command and the weights', () => {
    const result = runChaos(3);
    const failed = {
      ...result,
      violations: [{ t: 1234, rule: 'liveness' as const, text: 'made up', servers: [] }],
    };
    const text = describeFailure(failed);
    expect(text.startsWith('chaos seed 3 FAILED: 1 violation(s)\n  at 1234 ms [liveness] made up\n')).toBe(
      true,
    );
    expect(text).toContain('\n  replay: npm run chaos -- --seed 3 --verbose\n');
    expect(text).toContain(
      '\n  script: npm run chaos -- --seed 3 --print-script > chaos-3.scn && npm run sim -- --script chaos-3.scn',
    );
    expect(text).toContain(`\n  fault weights: crash ${result.options.weights.crash}, kill `);
  });

  it('a schedule replays exactly from its seed', () => {
    const a = runChaos(42);
    const b = runChaos(42);
    expect(a.script).toBe(b.script);
    expect(a.deliveredMessages).toBe(b.deliveredMessages);
    expect(a.script.split('\n').filter((line) => line.startsWith('at ')).length).toBeGreaterThan(10);
  });
});

describe('a printed chaos schedule is a script that replays the chaos run', () => {
  /** What `npm run sim -- --script` does with the printed text: parse it, run it, recording events. */
  function runPrinted(text: string): SimReport {
    const parsed = parseScenario(text);
    if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
    return runScenario(parsed.scenario);
  }

  function outcome(
    r: Pick<ChaosResult, 'final' | 'deliveredMessages' | 'committed'> & { violations: unknown[] },
  ) {
    return {
      final: r.final,
      deliveredMessages: r.deliveredMessages,
      committed: r.committed,
      violations: r.violations,
    };
  }

  it('for 300 seeds: the same final roles, epochs and zxids, messages, commits and violations', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const chaos = runChaos(seed);
      const printed = runPrinted(chaosScript(seed).text);
      const liveness = printed.expectations.at(-1)!;
      const livenessViolations = liveness.passed ? [] : [expect.objectContaining({ rule: 'liveness' })];
      expect(
        outcome({
          ...printed,
          committed: printed.committedTransactions,
          violations: [...printed.violations, ...livenessViolations],
        }),
        `seed ${seed}`,
      ).toEqual(outcome(chaos));
      expect(chaos.recoveredAfterMs).toBe(liveness.passed ? liveness.decidedAtMs - chaos.healedAtMs : null);
      // The generator's own model of the servers was right: the heal phase brought every one of them back.
      expect(
        chaos.final!.nodes.filter((n) => n.state === 'down' || n.state === 'paused'),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it('carries every swarm option in its header lines', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { text, options } = chaosScript(seed);
      const parsed = parseScenario(text);
      if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
      expect(settingsFor(parsed.scenario)).toEqual(options.settings);
      expect(parsed.scenario.network).toEqual({ latencyMs: options.latencyMs, jitterMs: options.jitterMs });
      expect(parsed.scenario.seed).toBe(seed);
    }
  });

  it('uses duplication, a plain heal and every other kind of statement somewhere', () => {
    const text = Array.from({ length: 40 }, (_, i) => chaosScript(i + 1).text).join('\n');
    for (const form of [
      / duplicate \d+%$/m,
      / heal$/m,
      / heal \d+->\d+$/m,
      / heal \d+<->\d+$/m,
      / heal all$/m,
      / drop \d+->\d+ \d+%$/m,
      / delay \d+->\d+ \d+ jitter \d+$/m,
      / partition [\d,|]+$/m,
      / cut \d+<->\d+$/m,
      / (crash|kill|pause|resume|restart) \d+$/m,
      / connect c\d+ to \d+ timeout=\d+$/m,
      / (create|set|delete) c\d+ /m,
      / (disconnect|close) c\d+$/m,
    ]) {
      expect(text).toMatch(form);
    }
  });
});
