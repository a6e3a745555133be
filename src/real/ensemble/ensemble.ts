import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ServerId } from '../../core/types.ts';
import type { ObservationHealth } from '../../driver/real/protocol.ts';
import type { BridgeClock, EnsembleControl, EnsembleSetup, RecordSink } from '../contract.ts';
import { peerOfQuorumPort, serverFiles, type ConfigOptions } from './config.ts';
import { withSyncedLearners } from './nodeSnapshot.ts';
import { PidRegistry } from './pidfile.ts';
import { ServerWatch } from './serverWatch.ts';

// The ensemble: writes every server's folder, reaps what a crashed bridge left, runs the JVMs, and
// observes each one on its own (serverWatch.ts). Signals are sent by pid, never through a shell.
// The bridge installs installReaper(() => ensemble.stopAllSync()) (reaper.ts) so none outlives it.

export interface EnsembleOptions extends ConfigOptions {
  /** Where bridges record their JVMs (pidfile.ts); tests may use their own. */
  pidDir?: string;
}

/** An observation older than this is "behind" (a stalled poll loop or log read). */
const BEHIND_AFTER_MS = 1000;

export interface RealEnsemble extends EnsembleControl {
  /** SIGKILL every JVM now, without waiting: for installReaper's exit and signal hooks. */
  stopAllSync(): void;
  /** The pid of every running server. */
  pids(): Map<ServerId, number>;
}

export function createEnsemble(setup: EnsembleSetup, clock: BridgeClock, sink: RecordSink, options: EnsembleOptions = {}): RealEnsemble {
  const pids = new PidRegistry(options.pidDir);
  const ids = [...setup.voters, ...setup.observers].sort((a, b) => a - b);
  const watches = new Map<ServerId, ServerWatch>();
  for (const id of ids) {
    const files = serverFiles(setup, id, options);
    watches.set(id, new ServerWatch(id, files.layout, setup, clock, sink, pids, peerOfQuorumPort(setup, id, options)));
  }
  let started = false;

  const watch = (id: ServerId): ServerWatch => {
    const found = watches.get(id);
    if (!found) throw new RangeError(`server ${id} is not in this ensemble`);
    return found;
  };

  const writeAllFiles = () => {
    for (const id of ids) {
      for (const file of serverFiles(setup, id, options).files) {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, file.content);
      }
    }
  };

  return {
    async start() {
      if (started) return;
      started = true;
      pids.reapOrphans();
      writeAllFiles();
      await Promise.all([...watches.values()].map((w) => w.start()));
    },
    async stopAll() {
      await Promise.all([...watches.values()].map((w) => w.stop()));
      await Promise.all([...watches.values()].map((w) => w.close()));
    },
    stopAllSync() {
      for (const w of watches.values()) w.kill();
    },
    kill: (id) => watch(id).kill(),
    pause: (id) => watch(id).pause(),
    resume: (id) => watch(id).resume(),
    async restart(id) {
      const w = watch(id);
      await w.stop();
      await w.start();
    },
    nodes() {
      const now = clock.nowMs();
      return withSyncedLearners(ids.map((id) => watch(id).snapshot(now)));
    },
    polledZxid: (id) => watch(id).polledZxid(),
    zookeeperVersion() {
      for (const w of watches.values()) if (w.version !== null) return w.version;
      return null;
    },
    observation(): ObservationHealth {
      const now = clock.nowMs();
      const views = [...watches.values()].map((w) => ({ view: w.healthView(), running: w.running }));
      const stale = (at: number | null) => at !== null && now - at > BEHIND_AFTER_MS;
      return {
        servers: views.map(({ view }) => ({ id: view.id, lastAnswerMs: view.lastAnswerMs, roundTripMs: view.roundTripMs, answering: view.answering })),
        pollHz: watches.values().next().value?.pollHz ?? 10,
        behind: views.some(({ view, running }) => running && (stale(view.lastPollMs) || stale(view.lastLogReadMs))),
      };
    },
    pids() {
      const out = new Map<ServerId, number>();
      for (const [id, w] of watches) if (w.pid !== null) out.set(id, w.pid);
      return out;
    },
  };
}
