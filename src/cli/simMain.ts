import { MAX_SCRIPT_BYTES, MAX_SIM_WORK, grouped } from '../core/limits.ts';
import type { Lang } from '../narrate/index.ts';
import { cliMessages } from './cliMessages.ts';
import { runScenario } from '../sim/runner.ts';
import { printScenario } from '../sim/scenario.ts';
import { registerLanguage } from '../narrate/index.ts';
import { chinese } from '../narrate/zh/index.ts';
import { storyWords as chineseStory } from '../narrate/zh/story.ts';
import { registerStoryWords } from '../narrate/storyRegistry.ts';
import { builtinScript, listScenarios, narrateReport, parseOrExplain, parseSimArgs, reportPassed, toJson, type SimArgs } from './cliSupport.ts';
import type { RunOrigin } from './reportWords.ts';

// The command line has every language at hand: no chunk to wait for.
registerLanguage('zh', chinese);
registerStoryWords('zh', chineseStory);

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
  workDone: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A script file as text, or why it is refused: unreadable, too large, or not UTF-8. */
export function scriptText(bytes: Uint8Array, path: string, lang: Lang = 'en'): { text: string } | { error: string } {
  if (bytes.length > MAX_SCRIPT_BYTES) return { error: cliMessages(lang).tooLarge(path, MAX_SCRIPT_BYTES) };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: cliMessages(lang).notUtf8(path) };
  }
}

function loadText(args: SimArgs, io: SimIo): { text: string; origin: RunOrigin } | { error: string } {
  if (!args.script) {
    const built = builtinScript(args.scenario!, args.nodes, args.lang);
    return 'error' in built ? built : { text: built.text, origin: { kind: 'scenario', name: args.scenario! } };
  }
  const read = readScript(args.script, io.readFile, args.lang);
  return 'error' in read ? read : { text: read.text, origin: { kind: 'script', path: args.script } };
}

/** A script file's text (bounded, UTF-8 checked), or one sentence saying why it cannot be read. */
export function readScript(path: string, readFile: SimIo['readFile'], lang: Lang = 'en'): { text: string } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFile(path, MAX_SCRIPT_BYTES);
  } catch (error) {
    return { error: cliMessages(lang).unreadable(path, (error as Error).message) };
  }
  return scriptText(bytes, path, lang);
}

const USAGE = `npm run sim -- --scenario NAME [--nodes N] [--seed S] [--lang en|zh] [--json | --quiet]
npm run sim -- --script FILE [--seed S] [--lang en|zh] [--json | --quiet | --print-script]
npm run sim -- --list

Runs a built-in scenario or a script (docs/SCENARIO-LANGUAGE.md) in the deterministic simulator.
--lang zh narrates the run and its summary in Simplified Chinese (default en); --json is the same
in every language.
Exit status: 0 passed, 1 an expectation or invariant failed, 2 the input was refused or the run
reached its work bound (${grouped(MAX_SIM_WORK)} units).
`;

export function runSim(argv: string[], io: SimIo): SimOutcome {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return { status: 0, workDone: 0 };
  }
  const refused = (message: string): SimOutcome => {
    io.stderr(`sim: ${message}\n`);
    return { status: 2, workDone: 0 };
  };
  const args = parseSimArgs(argv);
  if (typeof args === 'string') return refused(args);
  if (args.list) {
    io.stdout(`Built-in scenarios:\n${listScenarios()}\n`);
    return { status: 0, workDone: 0 };
  }
  const loaded = loadText(args, io);
  if ('error' in loaded) return refused(loaded.error);
  const parsed = parseOrExplain(loaded.text, cliMessages(args.lang).origin(loaded.origin), args.lang);
  if ('error' in parsed) return refused(parsed.error);
  if (args.printScript) {
    io.stdout(printScenario(parsed.scenario));
    return { status: 0, workDone: 0 };
  }
  const report = runScenario(parsed.scenario, args.seed);
  io.stdout((args.json ? toJson(report) : narrateReport(report, loaded.origin, !args.quiet, args.lang)) + '\n');
  if (report.workBoundAtMs !== undefined) {
    refused(cliMessages(args.lang).workBound(report.workBoundAtMs, MAX_SIM_WORK));
    return { status: 2, workDone: report.workDone };
  }
  return { status: reportPassed(report) ? 0 : 1, workDone: report.workDone };
}
