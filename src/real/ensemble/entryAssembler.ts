import { parseLogLine, type LogEntry } from './logParse.ts';

// Turns a log file's bytes, as they arrive in arbitrary chunks, into whole entries: a line may be
// split across reads, and an exception's continuation lines (no timestamp) belong to the entry
// before them. An entry is complete when the next timestamped line starts, or on flush().

export class EntryAssembler {
  private partialLine = '';
  private pending: LogEntry | null = null;

  push(text: string): LogEntry[] {
    const lines = (this.partialLine + text).split('\n');
    this.partialLine = lines.pop() ?? '';
    const done: LogEntry[] = [];
    for (const line of lines) this.takeLine(line.replace(/\r$/, ''), done);
    return done;
  }

  /** The entry held for continuation lines (the writer went quiet: it is complete). */
  flush(): LogEntry[] {
    const held = this.pending;
    this.pending = null;
    return held ? [held] : [];
  }

  private takeLine(line: string, done: LogEntry[]): void {
    const entry = parseLogLine(line);
    if (entry) {
      if (this.pending) done.push(this.pending);
      this.pending = entry;
    } else if (this.pending && line !== '') {
      this.pending.continuation.push(line);
    }
  }
}
