import { open, type FileHandle } from 'node:fs/promises';
import { EntryAssembler } from './entryAssembler.ts';
import type { LogEntry } from './logParse.ts';

// Follows one server's log file by reading what was appended, every `intervalMs`. Polling a size is
// cheaper and steadier than fs.watch across a file that a restarted JVM reopens and appends to.

const READ_CHUNK_BYTES = 64 * 1024;

export class LogTail {
  private offset = 0;
  private timer: NodeJS.Timeout | null = null;
  private reading = false;
  private readonly assembler = new EntryAssembler();
  private readonly decoder = new TextDecoder();
  /** When the file was last read to its end (for observation health). */
  lastReadMs: number | null = null;

  constructor(
    private readonly path: string,
    private readonly onEntries: (entries: LogEntry[]) => void,
    private readonly intervalMs = 50,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.readNew(), this.intervalMs);
  }

  /** Stops polling after reading what is there now, so the last lines of a killed server are kept. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.readNew();
    const rest = this.assembler.flush();
    if (rest.length > 0) this.onEntries(rest);
  }

  async readNew(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      const file = await openIfThere(this.path);
      if (file) await this.readFrom(file).finally(() => file.close());
    } finally {
      this.reading = false;
    }
  }

  private async readFrom(file: FileHandle): Promise<void> {
    const { size } = await file.stat();
    // A smaller file was replaced or truncated: start again from its beginning.
    if (size < this.offset) this.offset = 0;
    const entries: LogEntry[] = [];
    const startOffset = this.offset;
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    while (this.offset < size) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(READ_CHUNK_BYTES, size - this.offset), this.offset);
      if (bytesRead === 0) break;
      this.offset += bytesRead;
      entries.push(...this.assembler.push(this.decoder.decode(buffer.subarray(0, bytesRead), { stream: true })));
    }
    // Nothing new since the last read: the held entry has all its continuation lines.
    if (this.offset === startOffset) entries.push(...this.assembler.flush());
    this.lastReadMs = this.nowMs();
    if (entries.length > 0) this.onEntries(entries);
  }
}

async function openIfThere(path: string): Promise<FileHandle | null> {
  try {
    return await open(path, 'r');
  } catch {
    return null;
  }
}
