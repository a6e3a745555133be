import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { runSim, type SimIo } from './simMain.ts';

// npm run sim -- --scenario kill-leader --nodes 5 --seed 1 [--json]
// npm run sim -- --script path/to/file.scn [--print-script]

/** Reads at most maxBytes + 1 bytes, so a huge file is refused without being read whole. */
function readFile(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

const io: SimIo = {
  readFile,
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
