import { describe, expect, it } from 'vitest';
import { formatScenarioErrors, parseScenario } from './scenario.ts';
import { runScenario, type SimReport } from './runner.ts';

// The scenario runner: statements with the same time run in the order written, expectations included.

const HEADER = `nodes 3
config tickTime=2000 initLimit=5 syncLimit=2
at 0 start all
`;

function run(body: string): SimReport {
  const parsed = parseScenario(HEADER + body);
  if (!parsed.ok) throw new Error(formatScenarioErrors(parsed.errors));
  return runScenario(parsed.scenario, 1);
}

function verdicts(report: SimReport): string[] {
  return report.expectations.map((x) => `${x.passed ? 'PASS' : 'FAIL'} ${x.text} (${x.actual})`);
}

describe('runScenario: same-time ordering', () => {
  it('an expectation written after an action at the same time sees it', () => {
    const report = run(`at 5000 crash 1
expect at 5000 state 1 down
`);
    expect(verdicts(report)).toEqual(['PASS state 1 down (state 1 down)']);
  });

  it('an expectation written before an action at the same time does not see it', () => {
    const report = run(`expect at 5000 state 1 following
at 5000 crash 1
expect at 5000 state 1 down
`);
    expect(verdicts(report)).toEqual([
      'PASS state 1 following (state 1 following)',
      'PASS state 1 down (state 1 down)',
    ]);
  });

  it('several actions at one time run in the order written, each seen by the checks after it', () => {
    const report = run(`at 5000 pause 2
expect at 5000 state 2 paused
at 5000 resume 2
expect at 5000 state 2 following
at 5000 resume 1
at 5000 pause 1
expect at 5000 state 1 paused
at 5000 crash 3
at 5000 restart 3
expect at 5000 state 3 looking
`);
    expect(verdicts(report)).toEqual([
      'PASS state 2 paused (state 2 paused)',
      'PASS state 2 following (state 2 following)',
      'PASS state 1 paused (state 1 paused)',
      'PASS state 3 looking (state 3 looking)',
    ]);
  });

  it('the order on the page wins over the order of the times only for equal times', () => {
    const report = run(`expect at 6000 state 1 down
at 5000 crash 1
expect at 4000 state 1 following
`);
    expect(verdicts(report)).toEqual([
      'PASS state 1 following (state 1 following)',
      'PASS state 1 down (state 1 down)',
    ]);
  });
});
