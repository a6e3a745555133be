import { readFileSync } from 'node:fs';
import { runScenario } from '../sim/runner.ts';
import { builtinScript, listScenarios, narrateReport, parseOrExplain, parseSimArgs, reportPassed, toJson } from './cliSupport.ts';

// npm run sim -- --scenario kill-leader --nodes 5 --seed 1 [--json]
// npm run sim -- --script path/to/file.scn

function main(argv: string[]): number {
  const args = parseSimArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`sim: ${args}\n`);
    return 2;
  }
  if (args.list) {
    process.stdout.write(`Built-in scenarios:\n${listScenarios()}\n`);
    return 0;
  }
  let text: string;
  let origin: string;
  if (args.script) {
    try {
      text = readFileSync(args.script, 'utf8');
    } catch (error) {
      process.stderr.write(`sim: cannot read ${args.script}: ${(error as Error).message}\n`);
      return 2;
    }
    origin = args.script;
  } else {
    const built = builtinScript(args.scenario!, args.nodes);
    if ('error' in built) {
      process.stderr.write(`sim: ${built.error}\n`);
      return 2;
    }
    text = built.text;
    origin = `scenario ${args.scenario}`;
  }
  const parsed = parseOrExplain(text, origin);
  if ('error' in parsed) {
    process.stderr.write(`sim: ${parsed.error}\n`);
    return 2;
  }
  const report = runScenario(parsed.scenario, args.seed);
  process.stdout.write((args.json ? toJson(report) : narrateReport(report, origin, !args.quiet)) + '\n');
  return reportPassed(report) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
