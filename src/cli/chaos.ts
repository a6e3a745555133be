import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { narrate } from '../narrate/index.ts';
import { chaosScript, describeFailure, formatWeights, runChaos, runChaosSafely } from '../sim/chaos.ts';

// npm run chaos -- --schedules 100000      many seeded schedules, spread over the machine's cores
// npm run chaos -- --seed 120 --verbose    replay one schedule with its narrated timeline
// npm run chaos -- --seed 120 --print-script > s.scn   the schedule as a script for npm run sim -- --script

interface ChaosArgs {
  schedules: number;
  from: number;
  seed: number | null;
  verbose: boolean;
  printScript: boolean;
  threads: number;
  /** Write the run's figures into docs/PERFORMANCE.md. */
  record: boolean;
}

const VALUE_FLAGS = ['--schedules', '--from', '--seed', '--threads'];
/** More worker threads than this only cost memory: each loads the whole simulator. */
const MAX_THREADS = 64;
/** A script's `seed` line takes 32 bits. */
const MAX_SEED = 0xffffffff;

function parseArgs(argv: string[]): ChaosArgs | string {
  const args: ChaosArgs = { schedules: 2000, from: 1, seed: null, verbose: false, printScript: false, threads: Math.max(1, cpus().length), record: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--verbose') { args.verbose = true; continue; }
    if (flag === '--print-script') { args.printScript = true; continue; }
    if (flag === '--record') { args.record = true; continue; }
    if (!VALUE_FLAGS.includes(flag)) return `unknown option ${flag} (options: --schedules N, --from SEED, --seed SEED, --verbose, --print-script, --threads N, --record)`;
    const value = Number(argv[i + 1]);
    if (!Number.isInteger(value) || value < 0 || value > MAX_SEED) return `${flag} needs a whole number from 0 to ${MAX_SEED}, got ${argv[i + 1] ?? 'nothing'}`;
    i++;
    if (flag === '--schedules') args.schedules = value;
    else if (flag === '--from') args.from = value;
    else if (flag === '--seed') args.seed = value;
    else args.threads = Math.max(1, Math.min(value, MAX_THREADS));
  }
  if (args.printScript && args.seed === null) return '--print-script needs --seed SEED';
  if (args.seed === null && args.from + args.schedules - 1 > MAX_SEED) return `seeds stop at ${MAX_SEED}`;
  return args;
}

interface Summary { ran: number; failed: Array<{ seed: number; text: string }>; messages: number; committed: number; maxRecoveryMs: number }

function runRange(from: number, count: number, stride: number): Summary {
  const summary: Summary = { ran: 0, failed: [], messages: 0, committed: 0, maxRecoveryMs: 0 };
  for (let k = 0; k < count; k++) {
    const seed = from + k * stride;
    const result = runChaosSafely(seed);
    summary.ran++;
    summary.messages += result.deliveredMessages;
    summary.committed += result.committed;
    summary.maxRecoveryMs = Math.max(summary.maxRecoveryMs, result.recoveredAfterMs ?? 0);
    if (result.violations.length > 0) summary.failed.push({ seed, text: describeFailure(result) });
  }
  return summary;
}

function replay(seed: number, verbose: boolean): number {
  const result = runChaos(seed, verbose);
  if (verbose) {
    for (const e of result.events) process.stdout.write(`${(e.t / 1000).toFixed(3).padStart(9)} s  ${e.node ?? e.client ?? '-'}  ${narrate(e)}\n`);
    process.stdout.write(`\nfault weights: ${formatWeights(result.options.weights)}\n`);
  }
  process.stdout.write(`\nschedule (a script for npm run sim -- --script):\n${result.script}\n`);
  if (result.violations.length > 0) {
    process.stdout.write(`${describeFailure(result)}\n  script written to ${saveScript(seed)}\n`);
    return 1;
  }
  process.stdout.write(`chaos seed ${seed}: no violation; service back ${result.recoveredAfterMs} ms after healing; ${result.deliveredMessages} messages, ${result.committed} committed transactions.\n`);
  return 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`chaos: ${args}\n`);
    return 2;
  }
  if (args.seed !== null && args.printScript) {
    process.stdout.write(chaosScript(args.seed).text);
    return 0;
  }
  if (args.seed !== null) return replay(args.seed, args.verbose);
  const started = performance.now();
  const threads = Math.min(args.threads, args.schedules);
  const parts = await Promise.all(Array.from({ length: threads }, (_, t) => {
    const count = Math.floor(args.schedules / threads) + (t < args.schedules % threads ? 1 : 0);
    return new Promise<Summary>((resolve, reject) => {
      // Worker threads do not inherit tsx's loader: register it, then load this file.
      const bootstrap = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
      const worker = new Worker(bootstrap, { eval: true, workerData: { from: args.from + t, count, stride: threads } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  }));
  const total = parts.reduce((a, p) => ({ ran: a.ran + p.ran, failed: [...a.failed, ...p.failed], messages: a.messages + p.messages, committed: a.committed + p.committed, maxRecoveryMs: Math.max(a.maxRecoveryMs, p.maxRecoveryMs) }));
  const seconds = (performance.now() - started) / 1000;
  for (const failure of total.failed) process.stdout.write(`${failure.text}\n  script written to ${saveScript(failure.seed)}\n`);
  process.stdout.write(`chaos: ${total.ran} schedules (seeds ${args.from}…${args.from + args.schedules - 1}) on ${threads} thread(s) in ${seconds.toFixed(1)} s; ${total.messages.toLocaleString('en-US')} messages, ${total.committed.toLocaleString('en-US')} committed transactions; slowest recovery after healing ${total.maxRecoveryMs} ms.\n`);
  process.stdout.write(`${total.ran - total.failed.length} passed, ${total.failed.length} failed\n`);
  if (args.record) {
    const { writePerformanceSection } = await import('../../bench/performanceDoc.ts');
    writePerformanceSection('Chaos suite', [
      `Measured by \`npm run chaos -- --schedules ${args.schedules} --record\` on ${new Date().toISOString().slice(0, 10)} (${cpus().length} cores, ${threads} worker threads).`,
      '',
      '| schedules | failed | wall time | messages | committed transactions | slowest recovery after healing |',
      '| --- | --- | --- | --- | --- | --- |',
      `| ${total.ran.toLocaleString('en-US')} | ${total.failed.length} | ${seconds.toFixed(1)} s | ${total.messages.toLocaleString('en-US')} | ${total.committed.toLocaleString('en-US')} | ${(total.maxRecoveryMs / 1000).toFixed(1)} s |`,
      '',
      'Each schedule: 3–7 voters (sometimes observers), swarm-chosen tickTime/initLimit/syncLimit/detector/latency',
      'and fault weights (each kind off for a quarter of the seeds), 60–80 s of crash, kill, pause, resume, restart,',
      'partition, cut, heal (all or one link), drop and delay (all or one link), duplication and client traffic,',
      'then a heal phase that must end with a leader and a synced quorum within 3 × maxNotificationInterval + 2 × initLimit × tickTime + 10 × tickTime.',
    ].join('\n'));
  }
  return total.failed.length === 0 ? 0 : 1;
}

/** A failing schedule's script, where `npm run sim -- --script` can read it. */
function saveScript(seed: number): string {
  const dir = join(tmpdir(), 'zk-chaos');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `chaos-${seed}.scn`);
  writeFileSync(path, chaosScript(seed).text);
  return path;
}

if (isMainThread) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // A bug, not the input's fault: one sentence, never a stack trace.
      const what = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
      process.stderr.write(`chaos: internal error (${what}); please report it with the command line.\n`);
      process.exitCode = 2;
    },
  );
} else {
  const { from, count, stride } = workerData as { from: number; count: number; stride: number };
  parentPort!.postMessage(runRange(from, count, stride));
}
