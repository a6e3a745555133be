import type { ServerId } from '../core/types.ts';
import { analyzeRecords } from '../host/faultAnalysis.ts';
import type { TimelineRecord } from '../host/records.ts';
import type { BridgeArgs } from '../real/bridgeArgs.ts';
import { commandsFor, type EnsembleMoment } from '../real/script/actionCommands.ts';
import { compareRuns, comparisonText } from '../real/script/compareReport.ts';
import { realScriptProblem } from '../real/script/realScriptProblem.ts';
import { startBridge, type RunningBridge } from '../real/startBridge.ts';
import { defaultRunMs, runScenario, settingsFor } from '../sim/runner.ts';
import type { Scenario } from '../sim/scenario.ts';
import { builtinScript, parseOrExplain } from './cliSupport.ts';
import { readBoundedFile } from './readBounded.ts';
import { readScript } from './simMain.ts';

// npm run real -- --script FILE (or --scenario NAME): the script on the simulator, then on real servers with the
// script's own settings, and the two side by side. The real run's clock starts when its first
// leader serves, shifted so that moment lines up with the model's first leader: JVMs take seconds
// to start, and a fault scripted "at 5000" should meet an ensemble as settled as the model's.

/** A real run may not outlast this, whatever the script's `run` says. */
export const MAX_REAL_RUN_MS = 180_000;
const FIRST_LEADER_DEADLINE_MS = 60_000;

interface Io {
  say(line: string): void;
  root: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function servingLeader(running: RunningBridge): { id: ServerId; epoch: number } | null {
  const leaders = running.bridge.snapshot().nodes.filter((n) => n.status === 'up' && n.role === 'leading' && n.established);
  leaders.sort((a, b) => b.currentEpoch - a.currentEpoch);
  return leaders[0] ? { id: leaders[0].id, epoch: leaders[0].currentEpoch } : null;
}

async function untilLeader(running: RunningBridge, deadlineMs: number): Promise<number | null> {
  while (running.clock.nowMs() < deadlineMs) {
    if (servingLeader(running)) return running.clock.nowMs();
    await sleep(20);
  }
  return null;
}

function firstLeaderMs(records: readonly TimelineRecord[]): number {
  return records.find((r) => r.kind === 'leader-elected')?.t ?? 0;
}

async function playSteps(scenario: Scenario, running: RunningBridge, offsetMs: number, io: Io): Promise<string[]> {
  const skipped: string[] = [];
  let writerOn: ServerId | null = null;
  let callId = 0;
  const ids = [...running.info.voters, ...running.info.observers];
  for (const step of scenario.steps) {
    await sleep(offsetMs + step.atMs - running.clock.nowMs());
    const snapshot = running.bridge.snapshot();
    const moment: EnsembleMoment = {
      ids,
      leader: servingLeader(running)?.id ?? null,
      faults: snapshot.faults,
      treeOf: (id) => snapshot.nodes.find((n) => n.id === id)?.tree ?? [],
      writerOn,
      nextCallId: () => 1_000_000 + ++callId,
    };
    const planned = commandsFor(step.action, moment);
    if ('skipped' in planned) {
      skipped.push(`line ${step.line} (${step.text}): ${planned.skipped}`);
      continue;
    }
    if (planned.writerOn !== undefined) writerOn = planned.writerOn;
    for (const command of planned.commands) {
      await running.bridge.execute(command).catch((error: { refusal?: { detail?: string } }) => skipped.push(`line ${step.line} (${step.text}): ${error.refusal?.detail ?? 'refused'}`));
    }
    io.say(`  ${Math.round(running.clock.nowMs() - offsetMs)} ms  ${step.text}`);
  }
  return skipped;
}

/** Runs the comparison; the exit status is 0 when both chose the same leaders, 1 when not, 2 when refused. */
export async function runRealScript(args: BridgeArgs, zookeeper: { java: string; classpath: string[] }, io: Io): Promise<number> {
  const refuse = (line: string) => {
    process.stderr.write(`real: ${line}\n`);
    return 2;
  };
  const read = args.scenario !== null ? builtinScript(args.scenario, args.serversGiven ? args.servers : undefined) : readScript(args.scriptFile!, readBoundedFile);
  if ('error' in read) return refuse(read.error);
  const parsed = parseOrExplain(read.text, args.scenario ?? args.scriptFile!);
  if ('error' in parsed) return refuse(parsed.error);
  const { scenario } = parsed;
  const problem = realScriptProblem(scenario);
  if (problem) return refuse(problem);
  const settings = settingsFor(scenario);
  const model = runScenario(scenario);
  const runMs = Math.min(defaultRunMs(scenario), MAX_REAL_RUN_MS);
  io.say(`Model: ran ${scenario.nodes + scenario.observers.length} servers for ${defaultRunMs(scenario)} ms (simulated). Now the same script on real servers (tickTime ${settings.tickTimeMs} ms, syncLimit ${settings.syncLimitTicks}); the script's settings replace the command line's.`);
  const running = await startBridge(
    {
      ...args,
      servers: scenario.nodes + scenario.observers.length,
      observers: scenario.observers.length,
      tickTimeMs: settings.tickTimeMs,
      initLimitTicks: settings.initLimitTicks,
      syncLimitTicks: settings.syncLimitTicks,
      java: zookeeper.java,
      classpath: zookeeper.classpath,
      distDir: '',
      token: '',
    },
    false,
  );
  try {
    const servedMs = await untilLeader(running, FIRST_LEADER_DEADLINE_MS);
    if (servedMs === null) return refuse(`the real servers elected no serving leader within ${FIRST_LEADER_DEADLINE_MS / 1000} s; nothing was compared`);
    const offsetMs = Math.max(0, servedMs - firstLeaderMs(model.events));
    io.say(`Real servers: a leader served ${Math.round(servedMs)} ms after the JVMs started; the script's time 0 is placed ${Math.round(offsetMs)} ms after their start.`);
    const skipped = await playSteps(scenario, running, offsetMs, io);
    await sleep(offsetMs + runMs - running.clock.nowMs());
    const realRecords = running.records
      .filter((r) => r.t >= offsetMs)
      .map((r) => ({ ...r, t: r.t - offsetMs }) as TimelineRecord)
      .sort((a, b) => a.t - b.t);
    const real = analyzeRecords(realRecords, { settings, latencyMs: 0, jitterMs: 0 });
    const leader = servingLeader(running);
    const comparison = compareRuns({ metrics: model.metrics, finalLeader: model.final.leader, finalEpoch: model.final.epoch }, { metrics: real.faults, finalLeader: leader?.id ?? null, finalEpoch: leader?.epoch ?? null });
    io.say('');
    io.say(comparisonText(comparison));
    if (runMs < defaultRunMs(scenario)) io.say(`The real run stopped at ${runMs / 1000} s of the script's ${defaultRunMs(scenario) / 1000} s.`);
    for (const line of skipped) io.say(`Skipped ${line}`);
    io.say('Times are real milliseconds on the real servers and simulated milliseconds in the model, both after the fault; "apart" is real minus model.');
    return comparison.sameWinner ? 0 : 1;
  } finally {
    await running.stop();
  }
}
