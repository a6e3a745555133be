import type { StateCreator } from 'zustand/vanilla';
import { loadTraceFile, MAX_SCRIPT_BYTES, MAX_REPLAY_EVENTS, type ClusterDriver } from '../driver/index.ts';
import { freshRunState } from './clusterSlice.ts';
import type { AppState, ScriptResult, ScriptSlice } from './types.ts';
import { hasNotice } from './notices.ts';
import { message } from '../i18n/message.ts';

// The run as a script: the recording the driver keeps (shown in the script panel), playing an edited
// or imported script, the exports, and the fork. Playing and forking need the simulated driver;
// a refused script or file changes nothing.

const SIMULATOR_ONLY = 'Scripts and traces play in the simulator: open this run there with “Re-run in the simulator”.';

export function createScriptSlice(driver: ClusterDriver): StateCreator<AppState, [], [], ScriptSlice> {
  return (set, get) => {
    /** A new run began in the driver (a script, a fork): the store forgets the old one. */
    const began = (spec: AppState['spec'], paused: boolean) => {
      driver.setPausedAll(paused);
      set((s) => ({ ...freshRunState(s, spec), pausedAll: paused }));
      get().now.setState({ nowMs: driver.nowMs() });
      get().syncScript();
    };
    return {
      script: { revision: -1, text: '' },
      rerunOfLive: false,
      syncScript: () => {
        const recorded = driver.recordedScript();
        if (recorded.revision !== get().script.revision) set({ script: recorded });
      },
      checkScript: (text) => driver.checkScript(text),
      wantScriptText: () => driver.wantScriptText(),
      runScript: (text, options = {}) => {
        if (!driver.playScript) return { ok: false, errors: [], message: SIMULATOR_ONLY };
        const outcome = driver.playScript(text, options);
        if (!outcome.ok) return outcome;
        began(outcome.spec, outcome.atMs !== null);
        if (outcome.stoppedAtMs !== undefined) {
          get().addNotice(message('notices.replayStopped', { stoppedMs: Math.round(outcome.stoppedAtMs), atMs: outcome.atMs ?? 0, maxEvents: MAX_REPLAY_EVENTS }));
        }
        return { ok: true };
      },
      forkAt: (atMs) => {
        if (!driver.forkAt) return;
        const spec = get().spec;
        driver.forkAt(atMs);
        began(spec, true);
      },
      exportTrace: (atMs) => {
        if (!driver.exportTrace) return { ok: false, message: SIMULATOR_ONLY };
        return driver.exportTrace(atMs);
      },
      importFile: (text) => importFile(get, text),
      setRerunOfLive: (rerun) => set({ rerunOfLive: rerun }),
      addNotice: (notice) => set((s) => (hasNotice(s.notices, notice) ? {} : { notices: [...s.notices, notice] })),
    };
  };
}

/**
 * A `.scn` script plays from 0; a JSON trace runs to its time and pauses there. The trace reader
 * loads with the first file imported (the script tab's), not with the first screen.
 */
async function importFile(get: () => AppState, text: string): Promise<ScriptResult> {
  const { looksLikeTrace, readTrace } = await loadTraceFile();
  const s = get();
  if (looksLikeTrace(text)) {
    const read = readTrace(text);
    if (!read.ok) return { ok: false, errors: [], message: read.message };
    const outcome = s.runScript(read.trace.script, { atMs: read.trace.atMs });
    return outcome.ok ? outcome : { ...outcome, message: `This trace's script does not parse: ${outcome.message}` };
  }
  if (text.length > MAX_SCRIPT_BYTES) return { ok: false, errors: [], message: `This file is larger than ${MAX_SCRIPT_BYTES} bytes, more than a script may be.` };
  return s.runScript(text);
}
