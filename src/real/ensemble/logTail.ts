import { open, type FileHandle } from 'node:fs/promises';
import { EntryAssembler } from './entryAssembler.ts';
import type { LogEntry } from './logParse.ts';

// Follows one server's log file by reading what was appended, every `intervalMs`. The file is
// opened once (a restarted JVM appends to the same file) and only its size is asked each round:
// cheaper and steadier than fs.watch.

const READ_CHUNK_BYTES = 64 * 1024;

export class LogTail {
  private offset = 0;
  private file: FileHandle | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private readonly assembler = new EntryAssembler();
  private readonly decoder = new TextDecoder();
  private readonly buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
  /** When the file was last read to its end (for observation health); null before the file exists. */
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

  /** Stops after reading what is there now, so the last lines of a killed server are kept. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.drain();
    await this.file?.close();
    this.file = null;
  }

  /** Reads everything written so far, held entry included: a dead process's last lines. */
  async drain(): Promise<void> {
    await this.readNew();
    const rest = this.assembler.flush();
    if (rest.length > 0) this.onEntries(rest);
  }

  /** Reads what was appended; a call during a read waits for that read. */
  readNew(): Promise<void> {
    this.reading ??= this.readAppended().finally(() => (this.reading = null));
    return this.reading;
  }

  private async readAppended(): Promise<void> {
    this.file ??= await openIfThere(this.path);
    if (!this.file) return;
    const { size } = await this.file.stat();
    // A smaller file was truncated: start again from its beginning.
    if (size < this.offset) this.offset = 0;
    const startOffset = this.offset;
    const entries: LogEntry[] = [];
    while (this.offset < size) {
      const { bytesRead } = await this.file.read(this.buffer, 0, Math.min(READ_CHUNK_BYTES, size - this.offset), this.offset);
      if (bytesRead === 0) break;
      this.offset += bytesRead;
      entries.push(...this.assembler.push(this.decoder.decode(this.buffer.subarray(0, bytesRead), { stream: true })));
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
