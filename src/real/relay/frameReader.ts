// The pieces a streaming decoder needs: collect a few fixed bytes across chunk boundaries, or skip
// a counted run of bytes without keeping them. Decoders read a copy of the stream and never throw.

export class FixedField {
  private readonly bytes: Buffer;
  private filled = 0;

  constructor(readonly size: number) {
    this.bytes = Buffer.alloc(size);
  }

  /** Copies from `chunk` at `pos`; returns the new position. `complete` tells whether the field is whole. */
  fill(chunk: Buffer, pos: number): number {
    const take = Math.min(this.size - this.filled, chunk.length - pos);
    chunk.copy(this.bytes, this.filled, pos, pos + take);
    this.filled += take;
    return pos + take;
  }

  get complete(): boolean {
    return this.filled === this.size;
  }

  /** The whole field, and the field is empty again for the next read. */
  take(): Buffer {
    this.filled = 0;
    return this.bytes;
  }
}

/** Skips `remaining` bytes of the stream; returns the new position. */
export function skipBytes(chunk: Buffer, pos: number, remaining: number): { pos: number; remaining: number } {
  const take = Math.min(remaining, chunk.length - pos);
  return { pos: pos + take, remaining: remaining - take };
}
