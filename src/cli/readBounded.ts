import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Reads at most maxBytes + 1 bytes, so a huge file is refused without being read whole. */
export function readBoundedFile(path: string, maxBytes: number): Uint8Array {
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
