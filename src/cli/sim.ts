import { readBoundedFile } from './readBounded.ts';
import { runSim, type SimIo } from './simMain.ts';

// npm run sim -- --scenario kill-leader --nodes 5 --seed 1 [--json]
// npm run sim -- --script path/to/file.scn [--print-script]

const io: SimIo = {
  readFile: readBoundedFile,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

try {
  process.exitCode = runSim(process.argv.slice(2), io).status;
} catch (error) {
  // A bug, not the input's fault: one sentence, never a stack trace.
  const what = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error).slice(0, 200);
  process.stderr.write(`sim: internal error (${what}); nothing more was run. Please report it with the command line.\n`);
  process.exitCode = 2;
}
