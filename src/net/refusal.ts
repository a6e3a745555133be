import type { ServerId } from '../core/types.ts';

// Why the cluster refused a command, as data: thrown as a RefusedError by the network, the hosts
// and the drivers, logged as a 'refused' record, worded by src/narrate in each language.

export type Refusal =
  | { why: 'bad-server-id'; id: number; maxId: number }
  | { why: 'no-server'; server: number }
  | { why: 'same-server-link'; from: ServerId; to: ServerId }
  | { why: 'server-twice'; server: ServerId }
  | { why: 'empty-partition' }
  | { why: 'bad-rate'; what: 'drop' | 'duplicate'; rate: number }
  | { why: 'bad-ms'; what: 'latencyMs' | 'jitterMs'; value: number }
  | { why: 'bad-drop-percent'; ratePercent: number }
  | { why: 'bad-session-timeout'; timeoutMs: number }
  | { why: 'no-fault'; faultId: string }
  | { why: 'client-exists'; client: string }
  | { why: 'no-client'; client: string }
  /** The live driver's client code is still loading (main's first-load split). */
  | { why: 'client-starting'; client: string }
  | { why: 'server-running'; server: ServerId }
  /** Anything else the cluster threw: its message, quoted as it came. */
  | { why: 'failed'; error: string };

/** A refused command. The message is the refusal as JSON, for developers; people read narrate's words. */
export class RefusedError extends RangeError {
  readonly refusal: Refusal;

  constructor(refusal: Refusal) {
    super(JSON.stringify(refusal));
    this.refusal = refusal;
  }
}

/** What a caught error refused: its Refusal, or its message as a refusal of its own. */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof RefusedError) return error.refusal;
  return { why: 'failed', error: error instanceof Error ? error.message : String(error) };
}
