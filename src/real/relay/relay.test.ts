import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION_V1 } from './electionHandshake.ts';
import { createRelay } from './relay.ts';
import { DIAL_RETRY_WINDOW_MS } from './relayConnection.ts';
import { dial, listenRecording, settle, text, type Recorded, type RecordingServer } from './socketKit.ts';
import { initialMessageBytes, notificationFrame, quorumPacket } from './wireFixtures.ts';
import { planPorts, relayPorts, serverPorts } from '../portPlan.ts';
import type { RelayControl } from '../contract.ts';
import type { ObservedRecord } from '../../driver/real/protocol.ts';
import type { MessageFlight } from '../../driver/types.ts';

// Two "servers" (plain recording TCP servers) behind the relay, on this part's port range.
const plan = planPorts([1, 2], 23100);
const toServer2 = relayPorts(plan, 1, 2);
const server2 = serverPorts(plan, 2);
const WAIT = { timeout: 5000, interval: 10 };
// Long enough for bytes to have crossed loopback many times over if the relay let them.
const HOLD_PROOF_MS = 150;
const SYNC_LIMIT_MS = 400;

let relay: RelayControl;
let records: ObservedRecord[];
let messages: MessageFlight[];
let server: RecordingServer;
const clients: Recorded[] = [];

beforeEach(async () => {
  records = [];
  messages = [];
  const clock = {
    nowMs: () => performance.now(),
    fromWallMs: (wallMs: number) => wallMs - Date.now() + performance.now(),
  };
  relay = createRelay({
    plan,
    clock,
    sink: (r) => records.push(r),
    syncLimitMs: SYNC_LIMIT_MS,
    onMessage: (m) => messages.push(m),
  });
  await relay.start();
  server = await listenRecording(server2.quorumPort);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.socket.destroy();
  await relay.stop();
  await server.close();
});

async function connectThroughRelay(
  port = toServer2.quorumPort,
): Promise<{ client: Recorded; far: Recorded }> {
  const client = await dial(port);
  clients.push(client);
  await vi.waitFor(() => expect(server.accepted.length).toBeGreaterThan(0), WAIT);
  return { client, far: server.accepted.at(-1)! };
}

describe('the relay on one directed pair', () => {
  it('forwards both directions of a connection', async () => {
    const { client, far } = await connectThroughRelay();
    client.socket.write('hello');
    far.socket.write('there');
    await vi.waitFor(() => expect([text(far), text(client)]).toEqual(['hello', 'there']), WAIT);
  });

  it('holds bytes across a cut and delivers them in order on the heal, with a release record', async () => {
    const { client, far } = await connectThroughRelay();
    client.socket.write('a');
    await vi.waitFor(() => expect(text(far)).toBe('a'), WAIT);
    relay.cut({ from: 1, to: 2 });
    client.socket.write('b');
    client.socket.write('c');
    await settle(HOLD_PROOF_MS);
    expect(text(far)).toBe('a');
    expect(relay.links().find((l) => l.from === 1 && l.to === 2)?.heldBytes).toBe(2);
    relay.restore({ from: 1, to: 2 });
    await vi.waitFor(() => expect(text(far)).toBe('abc'), WAIT);
    const released = records.filter((r) => r.kind === 'packets-released');
    expect(released).toEqual([
      expect.objectContaining({ node: 1, peers: [2], source: 'relay', syncLimitMs: SYNC_LIMIT_MS }),
    ]);
  });

  it('cuts the reply direction separately from the dialer’s', async () => {
    const { client, far } = await connectThroughRelay();
    relay.cut({ from: 2, to: 1 });
    client.socket.write('up');
    far.socket.write('down');
    await vi.waitFor(() => expect(text(far)).toBe('up'), WAIT);
    await settle(HOLD_PROOF_MS);
    expect(text(client)).toBe('');
    relay.restore({ from: 2, to: 1 });
    await vi.waitFor(() => expect(text(client)).toBe('down'), WAIT);
  });

  it('holds a close across a cut and delivers it after the bytes before it', async () => {
    const { client, far } = await connectThroughRelay();
    relay.cut({ from: 1, to: 2 });
    client.socket.end('last words');
    await settle(HOLD_PROOF_MS);
    expect([text(far), far.ended]).toEqual(['', false]);
    relay.restore({ from: 1, to: 2 });
    await vi.waitFor(() => expect([text(far), far.ended]).toEqual(['last words', true]), WAIT);
    expect(messages.map((m) => [m.from, m.to, m.type])).toContainEqual([1, 2, 'close']);
  });

  it('keeps a half-closed connection open the other way', async () => {
    const { client, far } = await connectThroughRelay();
    client.socket.end();
    await vi.waitFor(() => expect(far.ended).toBe(true), WAIT);
    far.socket.write('still talking');
    await vi.waitFor(() => expect(text(client)).toBe('still talking'), WAIT);
  });

  it('closes gracefully: a burst written just before the close arrives whole, then the link is no longer open', async () => {
    const { client, far } = await connectThroughRelay();
    const burst = Buffer.alloc(4 * 1024 * 1024, 0x5a);
    client.socket.end();
    far.socket.end(burst);
    await vi.waitFor(
      () => expect([Buffer.concat(client.received).length, client.ended]).toEqual([burst.length, true]),
      WAIT,
    );
    await vi.waitFor(() => expect(relay.links().some((l) => l.open)).toBe(false), WAIT);
  });

  it('forwards every byte unchanged however the stream is chunked', async () => {
    const { client, far } = await connectThroughRelay();
    const sent: Buffer[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 200 }), { maxLength: 8 }),
        async (chunks) => {
          for (const chunk of chunks) {
            sent.push(Buffer.from(chunk));
            client.socket.write(chunk);
          }
          await vi.waitFor(() => expect(Buffer.concat(far.received)).toEqual(Buffer.concat(sent)), WAIT);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('does not dial the server while the direction is cut', async () => {
    relay.cut({ from: 1, to: 2 });
    const client = await dial(toServer2.quorumPort);
    clients.push(client);
    client.socket.write('early');
    await settle(HOLD_PROOF_MS);
    expect(server.accepted.length).toBe(0);
    relay.restore({ from: 1, to: 2 });
    await vi.waitFor(() => expect(server.accepted.map(text)).toEqual(['early']), WAIT);
  });

  it('keeps a partition’s sides apart and heals it', async () => {
    const { client, far } = await connectThroughRelay();
    relay.setPartition([[1], [2]]);
    client.socket.write('across');
    await settle(HOLD_PROOF_MS);
    expect(text(far)).toBe('');
    relay.setPartition(null);
    await vi.waitFor(() => expect(text(far)).toBe('across'), WAIT);
  });

  it('keeps order under delay with jitter', async () => {
    const { client, far } = await connectThroughRelay();
    relay.setDelay(null, 40, 35);
    const sent = Array.from({ length: 30 }, (_, i) => `${i},`);
    for (const piece of sent) client.socket.write(piece);
    await vi.waitFor(() => expect(text(far)).toBe(sent.join('')), WAIT);
  });

  it('emulates loss as retransmission delay: everything arrives, in order', async () => {
    const { client, far } = await connectThroughRelay();
    relay.setDrop({ from: 1, to: 2 }, 30);
    const sent = Array.from({ length: 20 }, (_, i) => `${i};`);
    for (const piece of sent) {
      client.socket.write(piece);
      await settle(2);
    }
    await vi.waitFor(() => expect(text(far)).toBe(sent.join('')), { timeout: 20_000, interval: 20 });
  });

  it('silences a crashed host: nothing reaches its peers, not even its close; restarting resets its connections', async () => {
    const { client, far } = await connectThroughRelay();
    relay.silence(2);
    far.socket.write('from the dead');
    far.socket.end();
    client.socket.write('to the dead');
    await settle(HOLD_PROOF_MS);
    expect([text(client), client.ended, text(far)]).toEqual(['', false, '']);
    relay.unsilence(2);
    await vi.waitFor(() => expect(client.closed).toBe(true), WAIT);
    expect([text(client), text(far)]).toEqual(['', '']);
  });

  it('reports the quorum link’s last delivery and that it is open', async () => {
    const before = relay.links().find((l) => l.from === 1 && l.to === 2);
    expect(before).toEqual({ from: 1, to: 2, lastDeliveredMs: null, open: false, heldBytes: 0 });
    const { client, far } = await connectThroughRelay();
    client.socket.write('x');
    await vi.waitFor(() => expect(text(far)).toBe('x'), WAIT);
    const after = relay.links().find((l) => l.from === 1 && l.to === 2);
    expect(after?.open).toBe(true);
    expect(after?.lastDeliveredMs).not.toBeNull();
  });

  it('decodes quorum packets into message flights without changing the bytes', async () => {
    const { client, far } = await connectThroughRelay();
    const bytes = Buffer.concat([quorumPacket(11, 0n, Buffer.from('info')), quorumPacket(5, 1n, null)]);
    client.socket.write(bytes.subarray(0, 7));
    client.socket.write(bytes.subarray(7));
    await vi.waitFor(() => expect(Buffer.concat(far.received)).toEqual(bytes), WAIT);
    expect(messages.map((m) => [m.from, m.to, m.type])).toEqual([
      [1, 2, 'followerinfo'],
      [1, 2, 'ping'],
    ]);
    for (const m of messages) expect(m.deliverMs).toBeGreaterThanOrEqual(m.sentMs);
  });

  it('refuses bad arguments with a clear message and changes nothing', () => {
    expect(() => relay.cut({ from: 1, to: 1 })).toThrow(/two different servers/);
    expect(() => relay.cut({ from: 1, to: 9 })).toThrow(/no relay from 1 to 9/);
    expect(() => relay.setDrop(null, 150)).toThrow(/0…100/);
    expect(() => relay.setDelay(null, -1, 0)).toThrow(/latencyMs/);
    expect(() => relay.setPartition([[1, 2], [2]])).toThrow(/two groups/);
    expect(() => relay.silence(7)).toThrow(/not in the ensemble/);
    expect(relay.links().every((l) => l.heldBytes === 0)).toBe(true);
  });
});

describe('the relay when the server is not listening yet', () => {
  const lateServerPort = serverPorts(plan, 1).quorumPort;
  const toServer1 = relayPorts(plan, 2, 1);

  it('retries the dial instead of passing the refusal on', async () => {
    const client = await dial(toServer1.quorumPort);
    clients.push(client);
    client.socket.write('patient');
    await settle(300);
    const late = await listenRecording(lateServerPort);
    try {
      await vi.waitFor(() => expect(late.accepted.map(text)).toEqual(['patient']), WAIT);
      expect(client.closed).toBe(false);
    } finally {
      await late.close();
    }
  });

  it('passes a refusal on as a reset once the retry window is over', async () => {
    const client = await dial(toServer1.quorumPort);
    clients.push(client);
    await vi.waitFor(() => expect(client.closed).toBe(true), {
      timeout: DIAL_RETRY_WINDOW_MS + 5000,
      interval: 20,
    });
    expect(messages.map((m) => [m.from, m.to, m.type])).toEqual([[1, 2, 'rst']]);
  });
});

describe('the relay on an election connection', () => {
  it('rewrites the announced election address to the relay of the reverse direction, and names notifications', async () => {
    const election = await listenRecording(server2.electionPort);
    try {
      const client = await dial(toServer2.electionPort);
      clients.push(client);
      const frame = notificationFrame(0, 1n, 0n, 1n, 0n);
      client.socket.write(
        Buffer.concat([
          initialMessageBytes(PROTOCOL_VERSION_V1, 1n, `127.0.0.1:${serverPorts(plan, 1).electionPort}`),
          frame,
        ]),
      );
      const reverse = relayPorts(plan, 2, 1).electionPort;
      const expected = Buffer.concat([
        initialMessageBytes(PROTOCOL_VERSION_V1, 1n, `127.0.0.1:${reverse}`),
        frame,
      ]);
      await vi.waitFor(
        () => expect(Buffer.concat(election.accepted[0]?.received ?? [])).toEqual(expected),
        WAIT,
      );
      expect(messages.map((m) => [m.from, m.to, m.type])).toEqual([[1, 2, 'notification']]);
    } finally {
      await election.close();
    }
  });
});
