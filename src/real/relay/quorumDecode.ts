import { FixedField, skipBytes } from './frameReader.ts';
import type { StreamDecoder } from './electionDecode.ts';
import type { MessageType } from '../../driver/messageLog.ts';

// The leader ↔ learner stream: back-to-back jute QuorumPackets with no length prefix (Learner and
// LearnerHandler write them with BinaryOutputArchive.writeRecord): int type, long zxid, buffer data
// (int length, -1 for null, then the bytes), vector<Id> authinfo (int count, -1 for null, then per
// Id two strings, each an int length and bytes). After a SNAP packet the leader writes its snapshot
// raw, ended by the string "BenWasHere" (LearnerHandler.syncFollower): the decoder skips to it. Any
// value ZooKeeper never sends means the framing is lost; the decoder then stays quiet.

/** Leader.java's packet types, onto the playground's message types. */
export const QUORUM_PACKET_TYPES: ReadonlyMap<number, MessageType> = new Map<number, MessageType>([
  [1, 'request'],
  [2, 'proposal'],
  [3, 'ack'],
  [4, 'commit'],
  [5, 'ping'],
  [6, 'revalidate'],
  // SYNC: the leader's answer to a client's sync(), relayed by the learner.
  [7, 'reply'],
  [8, 'inform'],
  // COMMITANDACTIVATE / INFORMANDACTIVATE: reconfiguration's commit and inform.
  [9, 'commit'],
  [10, 'newleader'],
  [11, 'followerinfo'],
  [12, 'uptodate'],
  [13, 'diff'],
  [14, 'trunc'],
  [15, 'snap'],
  // OBSERVERINFO: an observer's FOLLOWERINFO.
  [16, 'followerinfo'],
  [17, 'leaderinfo'],
  [18, 'ackepoch'],
  [19, 'inform'],
]);

const SNAP = 15;
/** jute's default maxbuffer is about 1 MB; anything far beyond it is a lost framing, not a packet. */
const MAX_DATA_BYTES = 64 * 1024 * 1024;
const MAX_AUTH_IDS = 1024;
const MAX_AUTH_STRING_BYTES = 64 * 1024;
const SNAPSHOT_END = Buffer.concat([Buffer.from([0, 0, 0, 10]), Buffer.from('BenWasHere', 'latin1')]);

type Step = 'header' | 'data' | 'auth-count' | 'auth-string' | 'snapshot' | 'lost';

export function createQuorumDecoder(): StreamDecoder {
  let step: Step = 'header';
  const header = new FixedField(16);
  const int = new FixedField(4);
  let type: MessageType = 'other';
  let isSnap = false;
  let skipping = 0;
  let stringsLeft = 0;
  let snapshotTail = Buffer.alloc(0);
  const out: MessageType[] = [];

  function finishPacket(): void {
    out.push(type);
    step = isSnap ? 'snapshot' : 'header';
  }

  function readHeader(chunk: Buffer, pos: number): number {
    const next = header.fill(chunk, pos);
    if (!header.complete) return next;
    const bytes = header.take();
    const typeCode = bytes.readInt32BE(0);
    const dataLength = bytes.readInt32BE(12);
    const known = QUORUM_PACKET_TYPES.get(typeCode);
    if (!known || dataLength < -1 || dataLength > MAX_DATA_BYTES) {
      step = 'lost';
      return next;
    }
    type = known;
    isSnap = typeCode === SNAP;
    skipping = Math.max(dataLength, 0);
    step = 'data';
    return next;
  }

  function readAuthCount(chunk: Buffer, pos: number): number {
    const next = int.fill(chunk, pos);
    if (!int.complete) return next;
    const count = int.take().readInt32BE(0);
    if (count < -1 || count > MAX_AUTH_IDS) step = 'lost';
    else if (count <= 0) finishPacket();
    else {
      stringsLeft = 2 * count;
      step = 'auth-string';
    }
    return next;
  }

  function readAuthString(chunk: Buffer, pos: number): number {
    if (skipping > 0) {
      const skipped = skipBytes(chunk, pos, skipping);
      skipping = skipped.remaining;
      if (skipping === 0) endAuthString();
      return skipped.pos;
    }
    const next = int.fill(chunk, pos);
    if (!int.complete) return next;
    const length = int.take().readInt32BE(0);
    if (length < -1 || length > MAX_AUTH_STRING_BYTES) step = 'lost';
    else if (length <= 0) endAuthString();
    else skipping = length;
    return next;
  }

  function endAuthString(): void {
    stringsLeft--;
    if (stringsLeft === 0) finishPacket();
  }

  function skipSnapshot(chunk: Buffer, pos: number): number {
    const window = Buffer.concat([snapshotTail, chunk.subarray(pos)]);
    const found = window.indexOf(SNAPSHOT_END);
    if (found < 0) {
      snapshotTail = window.subarray(Math.max(0, window.length - (SNAPSHOT_END.length - 1)));
      return chunk.length;
    }
    const endInWindow = found + SNAPSHOT_END.length;
    snapshotTail = Buffer.alloc(0);
    step = 'header';
    return pos + (endInWindow - (window.length - (chunk.length - pos)));
  }

  function advance(chunk: Buffer, pos: number): number {
    switch (step) {
      case 'header':
        return readHeader(chunk, pos);
      case 'data': {
        const skipped = skipBytes(chunk, pos, skipping);
        skipping = skipped.remaining;
        if (skipping === 0) step = 'auth-count';
        return skipped.pos;
      }
      case 'auth-count':
        return readAuthCount(chunk, pos);
      case 'auth-string':
        return readAuthString(chunk, pos);
      case 'snapshot':
        return skipSnapshot(chunk, pos);
      case 'lost':
        return chunk.length;
    }
  }

  return {
    push(chunk) {
      out.length = 0;
      let pos = 0;
      // The data step must run even on an empty remainder: a null or empty buffer skips nothing.
      while (step !== 'lost' && (pos < chunk.length || (step === 'data' && skipping === 0))) {
        pos = advance(chunk, pos);
      }
      return [...out];
    },
  };
}
