import { describe, expect, it } from 'vitest';
import { defaultClusterSettings, rangeIds, serverConfig } from '../core/config.ts';
import { createPrng } from '../core/prng.ts';
import type { DurableWrite, Input, Output, Role, ServerView, TimerName } from '../core/types.ts';
import { NetworkModel, type Address } from '../net/network.ts';
import { MemoryDurableStore, type DurableStore } from './durableStore.ts';
import { coreEventRecord, runtimeErrorRecord, type TimelineRecord } from './records.ts';
import { ServerHost, type HostedCore, type Segment } from './serverHost.ts';

// The kernel's rules, with a scripted core and a hand-driven clock (the simulator and the worker
// plug in the same way; src/driver/hostContract.test.ts checks that both give identical runs).

class ScriptedCore implements HostedCore {
  readonly role: Role = 'looking';
  readonly tree = { lastZxid: 0, nodes: () => [] };
  readonly inputs: string[] = [];
  constructor(private readonly script: (input: Input, nowMs: number) => Output[]) {}
  step(input: Input, nowMs: number): Output[] {
    this.inputs.push(`${nowMs} ${input.kind === 'timer' ? `timer:${input.name}` : input.kind === 'message' ? `message:${input.message.type}` : input.kind}`);
    return this.script(input, nowMs);
  }
  view(): ServerView {
    return { id: 1, role: 'looking', acceptedEpoch: 0, currentEpoch: 0, lastZxid: 0, lastCommittedZxid: 0, leader: null, established: false, electionRound: 0, electionPoll: null, vote: null, watches: [], syncedLearners: [], outstandingProposals: 0, sessions: 0, znodes: 0 };
  }
}

const ping = (seq: number) => ({ type: 'ping' as const, connId: 1, seq, lastProposed: 0, sessions: [] });

function rig(script: (input: Input, nowMs: number) => Output[], store: DurableStore = new MemoryDurableStore()) {
  let nowMs = 0;
  const network = new NetworkModel(createPrng(1), { latencyMs: 2, jitterMs: 0 });
  const timers: { atMs: number; name: TimerName; gen: number }[] = [];
  const sent: string[] = [];
  const records: TimelineRecord[] = [];
  const cores: ScriptedCore[] = [];
  const host = new ServerHost<ScriptedCore>({
    config: serverConfig(defaultClusterSettings(rangeIds(3)), 1),
    network,
    store,
    prng: createPrng(1),
    createCore: () => {
      const core = new ScriptedCore(script);
      cores.push(core);
      return core;
    },
    ports: {
      nowMs: () => nowMs,
      setTimer: (atMs, name, gen) => timers.push({ atMs, name, gen }),
      wakeAt: () => {},
      transmit: (to: Address, segment: Segment, sentMs: number, atMs: number) => sent.push(`${sentMs}→${atMs} ${to} ${segment.type}`),
      record: (record) => records.push(record),
      coreEvent: (t, event) => records.push(coreEventRecord(t, event)),
      fatal: (failure) => records.push(runtimeErrorRecord(nowMs, 1, failure)),
    },
  });
  network.onChange = () => host.networkChanged();
  /** Fires every timer due by `t`, in time order, as a scheduler would. */
  const advance = (t: number): void => {
    timers.sort((a, b) => a.atMs - b.atMs);
    while (timers.length > 0 && timers[0]!.atMs <= t) {
      const timer = timers.shift()!;
      nowMs = timer.atMs;
      host.timerDue(timer.name, timer.gen);
    }
    nowMs = t;
  };
  return { host, network, sent, records, cores, advance, core: () => cores.at(-1)! };
}

describe('ServerHost: the one kernel that runs a core', () => {
  it('fires only the latest timer of a name', () => {
    const r = rig((input) => (input.kind === 'start' ? [{ kind: 'set-timer', name: 'fle-poll', atMs: 100 }, { kind: 'set-timer', name: 'fle-poll', atMs: 300 }] : []));
    r.host.boot(new MemoryDurableStore().load(), false);
    r.host.start();
    r.advance(1000);
    expect(r.core().inputs).toEqual(['0 start', '300 timer:fle-poll']);
  });

  it('queues input while paused, then on resume reads it before the overdue timers, and skips a timer the core replaced', () => {
    const r = rig((input, now) => {
      if (input.kind === 'start') return [{ kind: 'set-timer', name: 'fle-poll', atMs: 100 }];
      // A message re-arms the poll: the timer that fell due during the pause is stale.
      if (input.kind === 'message') return [{ kind: 'set-timer', name: 'fle-poll', atMs: now + 200 }];
      return [];
    });
    r.host.boot(new MemoryDurableStore().load(), false);
    r.host.start();
    r.advance(10);
    r.host.pause();
    r.advance(50);
    r.host.receive(2, { type: 'notification', leader: 2, zxid: 0, electionEpoch: 1, peerEpoch: 0, state: 'looking' }, 48, false);
    r.advance(1100);
    expect(r.core().inputs).toEqual(['0 start']);
    r.host.resume();
    r.advance(2000);
    expect(r.core().inputs).toEqual(['0 start', '1100 message:notification', '1300 timer:fle-poll']);
  });

  it('sends nothing that follows a durable write until the store has it', async () => {
    let finish: () => void = () => {};
    const slowStore: DurableStore = {
      load: () => ({ acceptedEpoch: 0, currentEpoch: 0, snapshot: null, log: [] }),
      apply: (_writes: readonly DurableWrite[]) => new Promise<void>((resolve) => (finish = resolve)),
      close: () => {},
    };
    const r = rig((input) => (input.kind === 'start' ? [{ kind: 'send', to: 2, message: ping(1), connId: 1 }, { kind: 'persist', write: { type: 'accepted-epoch', epoch: 1 } }, { kind: 'send', to: 2, message: ping(2), connId: 1 }] : []), slowStore);
    r.host.boot(await slowStore.load(), false);
    r.host.start();
    expect(r.sent).toEqual(['0→2 2 ping']);
    finish();
    await Promise.resolve();
    expect(r.sent).toEqual(['0→2 2 ping', '0→2 2 ping']);
  });

  it('a kill sends a reset to every peer and client socket through the network, which a partition holds', () => {
    const r = rig(() => []);
    r.host.boot(new MemoryDurableStore().load(), false);
    r.host.start();
    r.network.partition([[1, 2], [3]]);
    r.host.kill(['c1']);
    expect(r.sent).toEqual(['0→2 2 rst', '0→2 c1 rst']);
    r.network.heal();
    expect(r.sent).toEqual(['0→2 2 rst', '0→2 c1 rst', '0→2 3 rst']);
    expect(r.records.find((x) => x.kind === 'packets-released')).toMatchObject({ packets: 1 });
    // The host of a killed process answers a packet of a connection with a reset; a crashed one is silent.
    r.host.receive(2, ping(5), 0, false);
    expect(r.sent.at(-1)).toBe('0→2 2 rst');
  });

  it('ignores a reset sent before a newer packet from the same peer (a late reset of a dead process)', () => {
    const r = rig(() => []);
    r.host.boot(new MemoryDurableStore().load(), false);
    r.host.start();
    r.host.receive(2, ping(1), 500, false);
    r.host.receive(2, { type: 'rst' }, 100, true);
    r.host.receive(3, { type: 'rst' }, 100, true);
    expect(r.core().inputs).toEqual(['0 start', '0 message:ping', '0 peer-reset']);
  });

  it('restarts from what the store holds, not from the old core', () => {
    const store = new MemoryDurableStore();
    const r = rig((input) => (input.kind === 'start' ? [{ kind: 'persist', write: { type: 'accepted-epoch', epoch: 4 } }] : []), store);
    r.host.boot(store.load(), false);
    r.host.start();
    r.host.stopForRestart();
    r.host.boot(store.load(), true);
    r.host.start();
    expect(r.records.find((x) => x.kind === 'restart')).toMatchObject({ acceptedEpoch: 4 });
    expect(r.cores).toHaveLength(2);
  });
});
