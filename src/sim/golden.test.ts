import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimCluster } from './cluster.ts';
import { runScenario } from './runner.ts';
import { parseScenario } from './scenario.ts';
import { statementTraceLine, traceLine } from './trace.ts';

// Golden transcripts, etcd raft style: every src/sim/testdata/<name>.scn runs in the simulator and
// its trace (one line per delivered packet, plus the script's actions and every role change) must
// equal <name>.trace, checked in. `UPDATE=1 npm run test:unit` rewrites the traces; review the diff.

const DIR = join(import.meta.dirname, 'testdata');
const UPDATE = process.env['UPDATE'] === '1';

function transcript(source: string): string {
  const parsed = parseScenario(source);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join('\n'));
  const lines: string[] = [];
  const report = runScenario(parsed.scenario, undefined, { observe: (cluster) => {
    const roles = new Map<number, string>();
    const noteRoles = (c: SimCluster, t: number): void => {
      for (const view of c.views()) {
        const role = view.status === 'up' ? view.role : view.status;
        const before = roles.get(view.id) ?? 'down';
        if (role !== before) lines.push(`t=${t} ${view.id}: ${before} → ${role}`);
        roles.set(view.id, role);
      }
    };
    cluster.deliveryListener = (t, from, to, segment) => lines.push(traceLine(t, from, to, segment));
    const runnerListener = cluster.eventListener;
    cluster.eventListener = (event) => {
      runnerListener?.(event);
      if (event.kind === 'fault') lines.push(statementTraceLine(event));
      noteRoles(cluster, event.t);
    };
  } });
  const failed = report.expectations.filter((e) => !e.passed).map((e) => `line ${e.line}: ${e.text} (got ${e.actual})`);
  if (failed.length > 0 || report.violations.length > 0) throw new Error(`the scenario itself failed: ${[...failed, ...report.violations.map((v) => v.text)].join('; ')}`);
  return lines.join('\n') + '\n';
}

const scripts = readdirSync(DIR).filter((f) => f.endsWith('.scn')).sort();

describe('golden transcripts (src/sim/testdata)', () => {
  it('has the transcripts issue 7 asks for', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(11);
  });

  for (const file of scripts) {
    it(file, () => {
      const actual = transcript(readFileSync(join(DIR, file), 'utf8'));
      const tracePath = join(DIR, file.replace(/\.scn$/, '.trace'));
      if (UPDATE) writeFileSync(tracePath, actual);
      let expected: string;
      try {
        expected = readFileSync(tracePath, 'utf8');
      } catch {
        throw new Error(`${tracePath} is missing: run UPDATE=1 npm run test:unit and review it`);
      }
      expect(actual).toBe(expected);
    });
  }
});
