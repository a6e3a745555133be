import { describe, expect, it } from 'vitest';
import { ManualFrameClock } from '../manualFrameClock.ts';
import { defaultSpecInput, makeSpec } from '../spec.ts';
import type { DriverUpdate, TimelineEntry } from '../types.ts';
import { fakeSockets, welcomedRealDriver } from './fakeSocket.ts';
import { RealDriver } from './realDriver.ts';
import { elected3, realNode, update, welcome } from './testFrames.ts';

// The real driver against a bridge played by the test: what it sends for each call, how it reads
// answers, updates and bad frames, and how its clock runs between updates.

function connected(address: ConstructorParameters<typeof RealDriver>[0]['address'] = { ok: true, url: 'ws://127.0.0.1:4400/bridge?token=t', servedByBridge: false }) {
  const clock = new ManualFrameClock();
  const { factory, sockets } = fakeSockets();
  const driver = new RealDriver({ clock, address, socket: factory });
  const updates: DriverUpdate[] = [];
  driver.subscribe((u) => updates.push(u));
  // The page starts its run once it has a store (boot.ts); the driver is started from here on.
  driver.start(makeSpec(defaultSpecInput(3)));
  const socket = sockets[0];
  const entries = (): TimelineEntry[] => updates.flatMap((u) => u.events);
  return { clock, driver, socket, updates, entries, last: () => updates.at(-1)! };
}

function welcomed() {
  const run = connected();
  run.socket!.open();
  run.socket!.receive(welcome(1000));
  run.socket!.receive(update(1000, elected3(1000)));
  return { ...run, socket: run.socket! };
}

describe('RealDriver', () => {
  it('opens the bridge’s URL and takes the ensemble from its welcome', async () => {
    const { socket, driver, last } = welcomed();
    expect(socket.url).toBe('ws://127.0.0.1:4400/bridge?token=t');
    const spec = await driver.fixedSpec();
    expect(spec?.settings.voters).toEqual([1, 2, 3]);
    expect(spec?.settings.tickTimeMs).toBe(200);
    expect(spec?.settings.syncLimitTicks).toBe(2);
    expect(last().snapshot.connection).toBe('open');
    expect(last().snapshot.nodes.map((n) => n.role)).toEqual(['following', 'following', 'leading']);
    expect(last().snapshot.observation?.pollHz).toBe(10);
  });

  it('sends each call as its command with a new sequence number', () => {
    const { driver, socket } = welcomed();
    driver.kill(3);
    driver.cut({ from: 3, to: 1 }, false);
    driver.partition([[1, 2], [3]]);
    driver.setDelay(300, 20, { from: 1, to: 2 });
    driver.setDrop(10);
    driver.setPausedAll(true);
    driver.healFault('cut:3->1');
    driver.connectClient('c1', 2, 4000);
    expect(socket.sent).toEqual([
      { seq: 1, command: { type: 'kill', server: 3 } },
      { seq: 2, command: { type: 'cut', from: 3, to: 1, both: false } },
      { seq: 3, command: { type: 'partition', groups: [[1, 2], [3]] } },
      { seq: 4, command: { type: 'delay', latencyMs: 300, jitterMs: 20, link: { from: 1, to: 2 } } },
      { seq: 5, command: { type: 'drop', percent: 10, link: null } },
      { seq: 6, command: { type: 'pause-all', paused: true } },
      { seq: 7, command: { type: 'heal-fault', faultId: 'cut:3->1' } },
      { seq: 8, command: { type: 'connect-client', name: 'c1', server: 2, timeoutMs: 4000 } },
    ]);
  });

  it('numbers client calls and returns the number it sent', () => {
    const { driver, socket } = welcomed();
    const first = driver.clientOp('c1', { type: 'get', path: '/a' });
    const second = driver.clientOp('c1', { type: 'delete', path: '/a', version: -1 });
    expect([first, second]).toEqual([1, 2]);
    expect(socket.sent.map((f) => (f as { command: { callId: number } }).command.callId)).toEqual([1, 2]);
  });

  it('refuses a server the ensemble does not have without asking the bridge', () => {
    const { driver, socket, entries } = welcomed();
    driver.kill(9);
    driver.cut({ from: 1, to: 7 }, true);
    expect(socket.sent).toEqual([]);
    expect(entries().map((e) => e.kind === 'bridge-refused' && [e.command, e.refusal])).toEqual([
      ['kill', { code: 'unknown-server', server: 9 }],
      ['cut', { code: 'unknown-server', server: 7 }],
    ]);
  });

  it('logs a refused command with its reason, and records a done one in the script', async () => {
    const { driver, socket, entries, clock } = welcomed();
    driver.wantScriptText();
    driver.pause(2);
    clock.advance(500);
    driver.kill(3);
    socket.receive({ type: 'answer', seq: 1, ok: false, refusal: { code: 'not-now', detail: 'server 2 is down' } });
    socket.receive({ type: 'answer', seq: 2, ok: true });
    const refused = entries().filter((e) => e.kind === 'bridge-refused');
    expect(refused).toMatchObject([{ command: 'pause', refusal: { code: 'not-now', detail: 'server 2 is down' } }]);
    await expect.poll(() => driver.recordedScript().text).toContain('at 1500 kill 3');
    expect(driver.recordedScript().text).not.toContain('pause 2');
  });

  it('gives every entry an id and keeps the bridge’s source beside it', () => {
    const { socket, entries } = welcomed();
    socket.receive(update(1100, elected3(1100), [
      { kind: 'zab-phase', t: 1050, node: 3, role: 'leading', phase: 'broadcast', syncMode: null, leader: 3, source: 'log' },
      { kind: 'kill', t: 1090, node: 2, source: 'user' },
    ]));
    const shown = entries();
    expect(shown.map((e) => [e.kind, e.source])).toEqual([['zab-phase', 'log'], ['kill', 'user']]);
    expect(new Set(shown.map((e) => e.id)).size).toBe(2);
  });

  it('refuses a bad frame with a logged reason and keeps the picture it had', () => {
    const { socket, last, entries } = welcomed();
    const before = last().snapshot;
    socket.receive('{"type":"update","snapshot":{}}');
    expect(entries().at(-1)).toMatchObject({ kind: 'bridge-frame-refused', problem: 'update.snapshot.timeMs should be a finite number, not undefined' });
    expect(last().snapshot.nodes).toEqual(before.nodes);
  });

  it('runs the bridge’s clock at 1× between updates, and takes its word at each update', () => {
    const { driver, socket, clock } = welcomed();
    expect(driver.nowMs()).toBe(1000);
    clock.advance(250);
    expect(driver.nowMs()).toBe(1250);
    socket.receive(update(1400, elected3(1400)));
    expect(driver.nowMs()).toBe(1400);
    clock.advance(100);
    expect(driver.nowMs()).toBe(1500);
    // An update that reads earlier than the clock already showed does not turn it back.
    socket.receive(update(1450, elected3(1450)));
    expect(driver.nowMs()).toBe(1500);
    clock.advance(100);
    expect(driver.nowMs()).toBe(1550);
  });

  it('does not change speed: the capability says so and nothing is sent', () => {
    const { driver, socket, clock } = welcomed();
    expect(driver.capabilities.speed).toBe(false);
    driver.setSpeed(5);
    clock.advance(100);
    expect(driver.nowMs()).toBe(1100);
    expect(socket.sent).toEqual([]);
  });

  it('pauses every server as soon as a watched record arrives, and says which', () => {
    const { driver, socket, last } = welcomed();
    driver.setAutoPause(['elected']);
    socket.receive(update(1200, elected3(1200), [{ kind: 'leader-elected', t: 1150, node: 3, epoch: 2, syncedVoters: [1, 3], voters: 3, source: 'log' } as never]));
    expect(last().pausedBy?.kind).toBe('leader-elected');
    expect(socket.sent).toEqual([{ seq: 1, command: { type: 'pause-all', paused: true } }]);
  });

  it('says when the bridge never answers, refuses the token, or is stopping', async () => {
    const never = connected();
    never.socket!.end(1006);
    expect(never.last().snapshot.connection).toBe('unreachable');
    expect(await never.driver.fixedSpec()).toBeNull();

    const refused = connected();
    refused.socket!.open();
    refused.socket!.end(4401);
    expect(refused.last().snapshot.connection).toBe('refused');

    const closing = welcomed();
    closing.socket.receive({ type: 'closing' });
    closing.socket.end(1000);
    expect(closing.last().snapshot.connection).toBe('closing');
    expect(closing.entries().filter((e) => e.kind === 'bridge-link').map((e) => e.kind === 'bridge-link' && e.event)).toEqual(['closing']);
    closing.driver.kill(1);
    expect(closing.socket.sent).toEqual([]);
    expect(closing.entries().at(-1)).toMatchObject({ kind: 'bridge-refused', command: 'kill', refusal: { code: 'no-link' } });
  });

  it('takes a link that never opened to the bridge that served the page as a refusal (a 401 or 403 at the upgrade)', () => {
    const served = connected({ ok: true, url: 'ws://127.0.0.1:4400/bridge?token=bad', servedByBridge: true });
    served.socket!.end(1006);
    expect(served.last().snapshot.connection).toBe('refused');
  });

  it('says the token is missing without trying a link the bridge would refuse', () => {
    const { socket, last } = connected({ ok: false, problem: 'no-token' });
    expect(socket).toBeUndefined();
    expect(last().snapshot.connection).toBe('refused');
  });

  it('holds what the bridge reported before the page started its run, and gives it to that run', () => {
    const clock = new ManualFrameClock();
    const { driver, socket } = welcomedRealDriver(clock, welcome(1000));
    socket.receive(update(1000, elected3(1000), [{ kind: 'process-started', t: 10, node: 1, pid: 99, acceptedEpoch: null, currentEpoch: null, source: 'poll' }]));
    const updates: DriverUpdate[] = [];
    driver.subscribe((u) => updates.push(u));
    expect(updates.flatMap((u) => u.events)).toEqual([]);
    driver.start(makeSpec(defaultSpecInput(3)));
    expect(updates.flatMap((u) => u.events).map((e) => e.kind)).toEqual(['process-started']);
  });

  it('refuses an update before the welcome, and an answer to nothing it sent', () => {
    const run = connected();
    run.socket!.open();
    run.socket!.receive(update(1000, elected3(1000)));
    run.socket!.receive(welcome(1000));
    run.socket!.receive({ type: 'answer', seq: 42, ok: true });
    expect(run.entries().map((e) => e.kind === 'bridge-frame-refused' && e.problem)).toEqual(['an update came before the welcome', 'an answer to command 42, which this page did not send']);
    expect(run.last().snapshot.nodes).toEqual([]);
  });

  it('reports a server that runs but does not answer as unresponsive, with nulls where nothing is reported', () => {
    const { socket, last } = welcomed();
    socket.receive(update(1300, [realNode(1, 3, 1300, { status: 'unresponsive' }), ...elected3(1300).slice(1)]));
    const node = last().snapshot.nodes[0]!;
    expect(node.status).toBe('unresponsive');
    expect(node.lastCommittedZxid).toBeNull();
    expect(last().snapshot.observation?.servers[0]?.answering).toBe(false);
  });
});
