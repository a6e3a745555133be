import { parseInitialMessage } from './electionHandshake.ts';
import { FixedField, skipBytes } from './frameReader.ts';
import type { MessageType } from '../../driver/messageLog.ts';

// The election connection after its initial message: frames of an int length and that many bytes,
// each one FastLeaderElection notification (QuorumCnxManager's RecvWorker reads them so). A frame
// length ZooKeeper would refuse means the relay lost the framing: it stops decoding that stream.

/** QuorumCnxManager.PACKETMAXSIZE: a server drops a connection that announces a longer frame. */
export const ELECTION_FRAME_MAX_BYTES = 512 * 1024;

export interface StreamDecoder {
  /** The messages that this chunk completed, in order. Never throws. */
  push(chunk: Buffer): MessageType[];
}

/** `dialerSide`: the stream from the server that dialed, which starts with the initial message. */
export function createElectionDecoder(dialerSide: boolean): StreamDecoder {
  let handshake: Buffer | null = dialerSide ? Buffer.alloc(0) : null;
  let lost = false;
  const length = new FixedField(4);
  let skipping = 0;

  function frames(chunk: Buffer, start: number): MessageType[] {
    const out: MessageType[] = [];
    let pos = start;
    while (pos < chunk.length && !lost) {
      if (skipping > 0) {
        ({ pos, remaining: skipping } = skipBytes(chunk, pos, skipping));
        if (skipping === 0) out.push('notification');
        continue;
      }
      pos = length.fill(chunk, pos);
      if (!length.complete) break;
      const size = length.take().readInt32BE(0);
      if (size <= 0 || size > ELECTION_FRAME_MAX_BYTES) lost = true;
      else skipping = size;
    }
    return out;
  }

  return {
    push(chunk) {
      if (lost) return [];
      if (handshake === null) return frames(chunk, 0);
      const joined = Buffer.concat([handshake, chunk]);
      const parse = parseInitialMessage(joined);
      if (parse.kind === 'need-more') {
        handshake = joined;
        return [];
      }
      handshake = null;
      if (parse.kind === 'unrecognized') {
        lost = true;
        return [];
      }
      return frames(joined, parse.message.byteLength);
    },
  };
}
