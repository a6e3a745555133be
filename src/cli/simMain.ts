import { MAX_SCRIPT_BYTES, MAX_SIM_EVENTS, grouped } from '../core/limits.ts';
import { runScenario } from '../sim/runner.ts';
import { printScenario } from '../sim/scenario.ts';
import { builtinScript, listScenarios, narrateReport, parseOrExplain, parseSimArgs, reportPassed, toJson, type SimArgs } from './cliSupport.ts';

// The whole of `npm run sim` but the process: sim.ts calls it with the real file system and
// streams, the tests with their own. Exit status: 0 passed, 1 an expectation or invariant failed,
// 2 the input was refused or the run hit its work bound (nothing trustworthy to report).

export interface SimIo {
  /** The file's bytes; throws when it cannot be read. `maxBytes` lets the caller refuse a huge file before reading it. */
  readFile(path: string, maxBytes: number): Uint8Array;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What one run did, for the tests: the exit status and the simulator's work. */
export interface SimOutcome {
  status: number;
  processedEvents: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A script file as text, or why it is refused: unreadable, too large, or not UTF-8. */
export function scriptText(bytes: Uint8Array, path: string): { text: string } | { error: string } {
  if (bytes.length > MAX_SCRIPT_BYTES) return { error: `${path} is larger than ${grouped(MAX_SCRIPT_BYTES)} bytes (jute.maxbuffer), the most a scenario may hold` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: `${path} is not UTF-8 text (binary input?); a scenario is plain text` };
  }
}

function loadText(args: SimArgs, io: SimIo): { text: string; origin: string } | { error: string } {
  if (!args.script) {
    const built = builtinScript(args.scenario!, args.nodes);
    return 'error' in built ? built : { text: built.text, origin: `scenario ${args.scenario}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(args.script, MAX_SCRIPT_BYTES);
  } catch (error) {
    return { error: `cannot read ${args.script}: ${(error as Error).message}` };
  }
  const read = scriptText(bytes, args.script);
  return 'error' in read ? read : { text: read.text, origin: args.script };
}

export function runSim(argv: string[], io: SimIo): SimOutcome {
  const refused = (message: string): SimOutcome => {
    io.stderr(`sim: ${message}\n`);
    return { status: 2, processedEvents: 0 };
  };
  const args = parseSimArgs(argv);
  if (typeof args === 'string') return refused(args);
  if (args.list) {
    io.stdout(`Built-in scenarios:\n${listScenarios()}\n`);
    return { status: 0, processedEvents: 0 };
  }
  const loaded = loadText(args, io);
  if ('error' in loaded) return refused(loaded.error);
  const parsed = parseOrExplain(loaded.text, loaded.origin);
  if ('error' in parsed) return refused(parsed.error);
  if (args.printScript) {
    io.stdout(printScenario(parsed.scenario));
    return { status: 0, processedEvents: 0 };
  }
  const report = runScenario(parsed.scenario, args.seed);
  io.stdout((args.json ? toJson(report) : narrateReport(report, loaded.origin, !args.quiet)) + '\n');
  if (report.workBoundAtMs !== undefined) {
    const at = grouped(report.workBoundAtMs);
    refused(`the run stopped at ${at} ms of simulated time: it reached the work bound of ${grouped(MAX_SIM_EVENTS)} simulator events; shorten the run or slow the timers (tickTime, heartbeatMs)`);
    return { status: 2, processedEvents: report.processedEvents };
  }
  return { status: reportPassed(report) ? 0 : 1, processedEvents: report.processedEvents };
}
