import type { MessageType } from '../../driver/messageLog.ts';

// What one direction of one connection has read and not yet delivered, in order: chunks of bytes
// and, last, the close. Each item is due no earlier than the one before it, so a delay or a
// retransmission wait never reorders the stream.

export type HeldItem =
  | {
      kind: 'bytes';
      bytes: Uint8Array;
      readMs: number;
      dueMs: number;
      held: boolean;
      messages: MessageType[];
    }
  /** A FIN (`reset` false) or a reset / error (`reset` true) from the source. */
  | { kind: 'close'; reset: boolean; readMs: number; dueMs: number; held: boolean };

type NewItem = HeldItem extends infer I ? (I extends HeldItem ? Omit<I, 'dueMs'> : never) : never;

export class HoldQueue {
  private readonly items: HeldItem[] = [];
  private lastDueMs = 0;
  private bytes = 0;

  /** Queues an item due `waitMs` after it was read, but never before the item ahead of it. */
  push(item: NewItem, waitMs: number): void {
    const dueMs = Math.max(this.lastDueMs, item.readMs + waitMs);
    this.lastDueMs = dueMs;
    this.items.push({ ...item, dueMs } as HeldItem);
    if (item.kind === 'bytes') this.bytes += item.bytes.length;
  }

  /** A cut or a partition stopped this direction: what waits now is held, not merely delayed. */
  markHeld(): void {
    for (const item of this.items) item.held = true;
  }

  peek(): HeldItem | undefined {
    return this.items[0];
  }

  shift(): HeldItem | undefined {
    const item = this.items.shift();
    if (item?.kind === 'bytes') this.bytes -= item.bytes.length;
    return item;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  get length(): number {
    return this.items.length;
  }

  clear(): void {
    this.items.length = 0;
    this.bytes = 0;
  }
}
