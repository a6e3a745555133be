import type { ServerId } from '../../core/types.ts';
import { detectedMs, electionMs, recoveredMs, type FaultMetric } from '../../host/faultMetrics.ts';

// Model beside reality, for one script: each fault's figures as the simulator computed them and
// as the same fault analysis (src/host/faultAnalysis.ts) computed them from what the real servers
// logged, with how far apart the two are. Both sides use one definition of every figure.

export interface RunSide {
  metrics: readonly FaultMetric[];
  finalLeader: ServerId | null;
  finalEpoch: number | null;
}

export interface FigureRow {
  name: 'detected' | 'election' | 'recovered';
  modelMs: number | null;
  realMs: number | null;
}

export interface FaultComparison {
  index: number;
  action: string;
  node: ServerId | null;
  atMs: number;
  rows: FigureRow[];
  modelLeader: ServerId | null;
  realLeader: ServerId | null;
  modelSyncs: string;
  realSyncs: string;
}

export interface RunComparison {
  faults: FaultComparison[];
  sameWinner: boolean;
  modelLeader: ServerId | null;
  realLeader: ServerId | null;
  modelEpoch: number | null;
  realEpoch: number | null;
}

const leaderAfter = (m: FaultMetric | undefined): ServerId | null => m?.recovered?.leader ?? m?.election?.leader ?? null;
const syncsOf = (m: FaultMetric | undefined): string =>
  m && m.syncs.length > 0 ? [...m.syncs].sort((a, b) => a.learner - b.learner).map((s) => `${s.learner}:${s.mode.toUpperCase()}`).join(' ') : '—';

export function compareRuns(model: RunSide, real: RunSide): RunComparison {
  const faults = model.metrics.map((m, index): FaultComparison => {
    const r = real.metrics[index];
    return {
      index,
      action: m.action,
      node: m.node,
      atMs: m.atMs,
      rows: [
        { name: 'detected', modelMs: detectedMs(m), realMs: r ? detectedMs(r) : null },
        { name: 'election', modelMs: electionMs(m), realMs: r ? electionMs(r) : null },
        { name: 'recovered', modelMs: recoveredMs(m), realMs: r ? recoveredMs(r) : null },
      ],
      modelLeader: leaderAfter(m),
      realLeader: leaderAfter(r),
      modelSyncs: syncsOf(m),
      realSyncs: syncsOf(r),
    };
  });
  const sameWinner = model.finalLeader === real.finalLeader && faults.every((f) => f.modelLeader === f.realLeader);
  return { faults, sameWinner, modelLeader: model.finalLeader, realLeader: real.finalLeader, modelEpoch: model.finalEpoch, realEpoch: real.finalEpoch };
}

const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);
const apart = (row: FigureRow) => (row.modelMs === null || row.realMs === null ? '' : `${row.realMs >= row.modelMs ? '+' : '−'}${Math.round(Math.abs(row.realMs - row.modelMs))} ms`);
const LABELS: Record<FigureRow['name'], string> = { detected: 'first noticed after', election: 'election took', recovered: 'service back after' };

/** The comparison as the command line prints it: one table per fault, then the verdict. */
export function comparisonText(c: RunComparison): string {
  const lines: string[] = [];
  const pad = (cells: string[]) => `  ${cells[0]!.padEnd(22)}${cells[1]!.padStart(12)}${cells[2]!.padStart(12)}${cells[3]!.padStart(12)}`;
  for (const f of c.faults) {
    lines.push(`Fault ${f.index + 1}: ${f.action}${f.node === null ? '' : ` ${f.node}`} at ${Math.round(f.atMs)} ms`);
    lines.push(pad(['', 'model', 'real', 'apart']));
    for (const row of f.rows) lines.push(pad([LABELS[row.name], ms(row.modelMs), ms(row.realMs), apart(row)]));
    lines.push(pad(['new leader', String(f.modelLeader ?? '—'), String(f.realLeader ?? '—'), f.modelLeader === f.realLeader ? 'same' : 'DIFFERENT']));
    lines.push(`  sync modes: model ${f.modelSyncs}; real ${f.realSyncs}`);
  }
  lines.push(`Final leader: model ${c.modelLeader ?? 'none'} (epoch ${c.modelEpoch ?? '—'}), real ${c.realLeader ?? 'none'} (epoch ${c.realEpoch ?? '—'}).`);
  lines.push(c.sameWinner ? 'Same winner in the model and on the real servers.' : 'The model and the real servers chose DIFFERENT leaders.');
  return lines.join('\n');
}
