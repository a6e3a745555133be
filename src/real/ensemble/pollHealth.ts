import type { ServerId } from '../../core/types.ts';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import type { SrvrPoll } from './poller.ts';

// Whether a server's polls answer. A refused connection is a JVM that is not listening yet (or no
// longer): not silence. Timeouts are silence, counted only while the process runs and we have not
// stopped it; two in a row (about half a second) make the server unresponsive, so one slow answer
// on a loaded machine does not flap the status.

export const TIMEOUTS_FOR_SILENCE = 2;

export class PollHealth {
  lastAnswerMs: number | null = null;
  roundTripMs: number | null = null;
  lastPollMs: number | null = null;
  answering = true;
  private timeoutsInARow = 0;
  private silentSinceMs = 0;

  constructor(private readonly id: ServerId) {}

  /** A poll's outcome; `counts` is false while the process is down or paused by us. */
  take(poll: SrvrPoll, t: number, counts: boolean): ObservedRecord[] {
    this.lastPollMs = t;
    if (poll.answer.ok) {
      this.roundTripMs = poll.answer.roundTripMs;
      const previous = this.lastAnswerMs;
      this.lastAnswerMs = t;
      this.timeoutsInARow = 0;
      if (this.answering) return [];
      this.answering = true;
      return [this.record(t, true, t - (previous ?? this.silentSinceMs))];
    }
    if (!counts || poll.answer.failure !== 'timeout') {
      this.timeoutsInARow = 0;
      return [];
    }
    this.timeoutsInARow += 1;
    if (!this.answering || this.timeoutsInARow < TIMEOUTS_FOR_SILENCE) return [];
    this.answering = false;
    this.silentSinceMs = this.lastAnswerMs ?? t;
    return [this.record(t, false, t - this.silentSinceMs)];
  }

  /** The process stopped or we paused it: whatever silence follows is ours, not the server's. */
  reset(): void {
    this.answering = true;
    this.timeoutsInARow = 0;
  }

  private record(t: number, answering: boolean, silentMs: number): ObservedRecord {
    return { t, node: this.id, kind: 'poll-silence', answering, silentMs, source: 'poll' };
  }
}
