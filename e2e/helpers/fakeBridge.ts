import { WebSocketServer, type WebSocket } from 'ws';
import type { NodeSnapshot } from '../../src/driver/index.ts';
import type { CommandFrame, ObservedRecord } from '../../src/driver/real/protocol.ts';
import { elected3, realNode, update, welcome } from '../../src/driver/real/testFrames.ts';

// A stand-in for `npm run real` in the page's end-to-end tests: a WebSocket server on 127.0.0.1
// that speaks the bridge protocol without any ZooKeeper. It welcomes a page with the right token
// (and turns any other away with the bridge's refusal code), sends an update every 100 ms from a
// small script of states (3 servers, server 3 leading; a kill of the leader brings an election that
// server 2 wins), and records every command the page sends.

const TICK_MS = 100;
/** How long the fake election after a kill lasts, bridge ms. */
const ELECTION_MS = 600;

export interface FakeBridge {
  port: number;
  token: string;
  /** Every command frame the page sent, in order. */
  commands: CommandFrame[];
  close(): Promise<void>;
}

interface FakeState {
  startedAt: number;
  down: Set<number>;
  electionUntil: number | null;
  leader: number;
  events: ObservedRecord[];
}

export async function startFakeBridge(token = 'e2e-token'): Promise<FakeBridge> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/bridge' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const commands: CommandFrame[] = [];
  const timers = new Set<ReturnType<typeof setInterval>>();
  server.on('connection', (socket, request) => {
    const given = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('token');
    if (given !== token) {
      socket.close(4401, 'token refused');
      return;
    }
    const state: FakeState = { startedAt: Date.now(), down: new Set(), electionUntil: null, leader: 3, events: [] };
    socket.send(JSON.stringify(welcome(0)));
    timers.add(setInterval(() => socket.send(JSON.stringify(tick(state))), TICK_MS));
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as CommandFrame;
      commands.push(frame);
      answer(socket, state, frame);
    });
  });
  const address = server.address();
  if (typeof address === 'string' || address === null) throw new Error('the fake bridge has no port');
  return {
    port: address.port,
    token,
    commands,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const nowOf = (state: FakeState) => Date.now() - state.startedAt;

function answer(socket: WebSocket, state: FakeState, frame: CommandFrame): void {
  const { command } = frame;
  if (command.type !== 'kill') {
    socket.send(JSON.stringify({ type: 'answer', seq: frame.seq, ok: false, refusal: { code: 'not-now', detail: 'the fake bridge only kills' } }));
    return;
  }
  const t = nowOf(state);
  state.down.add(command.server);
  state.events.push({ kind: 'kill', t, node: command.server, source: 'user' });
  state.events.push({ kind: 'process-exited', t: t + 5, node: command.server, code: null, signal: 'SIGKILL', expected: true, source: 'poll' });
  if (command.server === state.leader) {
    state.electionUntil = t + ELECTION_MS;
    state.leader = [1, 2, 3].filter((id) => !state.down.has(id)).sort((a, b) => b - a)[0]!;
    for (const id of [1, 2]) state.events.push({ kind: 'notification-seen', t: t + 40, node: id, from: 3 - id, fromState: 'looking', leader: state.leader, round: 2, peerEpoch: 1, zxid: 0x100000000, source: 'log' });
  }
  socket.send(JSON.stringify({ type: 'answer', seq: frame.seq, ok: true }));
}

function tick(state: FakeState) {
  const t = nowOf(state);
  const electing = state.electionUntil !== null && t < state.electionUntil;
  if (state.electionUntil !== null && !electing) {
    state.events.push({ kind: 'zab-phase', t, node: state.leader, role: 'leading', phase: 'broadcast', syncMode: null, leader: state.leader, source: 'log' });
    state.electionUntil = null;
  }
  const nodes: NodeSnapshot[] = (electing ? elected3(t) : elected3(t, state.leader)).map((n) => {
    if (state.down.has(n.id)) return { ...n, status: 'down', role: 'looking', leader: null, established: false, watches: [], syncedLearners: [] };
    if (electing) return realNode(n.id, n.id, t, { role: 'looking', leader: null, established: false, watches: [], syncedLearners: [], currentEpoch: 1 });
    return n;
  });
  const events = state.events;
  state.events = [];
  return update(t, nodes, events);
}
