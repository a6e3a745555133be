import { loadShareCodec } from '../driver/index.ts';
import type { AppStore } from '../store/index.ts';
import type { PageParams } from './urlParams.ts';

// The first run of the page: a shared script (played, or run to ?at= and paused), a fresh cluster
// run to ?at=, or a fresh cluster. A shared script that cannot be unpacked or does not parse changes
// nothing: the page says why, line by line, and starts a fresh cluster.

export async function openRun(store: AppStore, params: Pick<PageParams, 'sharedScript' | 'atMs' | 'rerun'>): Promise<void> {
  const state = store.getState();
  if (params.rerun) state.setRerunOfLive(true);
  const at = params.atMs === undefined ? {} : { atMs: params.atMs };
  if (params.sharedScript) {
    const { decodeScript } = await loadShareCodec();
    const decoded = decodeScript(params.sharedScript.encoded);
    if (!decoded.ok) state.addNotice(`${params.sharedScript.from} cannot be read: ${decoded.message}; starting a fresh cluster instead.`);
    else {
      const outcome = state.runScript(decoded.script, at);
      if (outcome.ok) return;
      state.addNotice(`The shared script was not run (${outcome.message.split('\n').join('; ')}); starting a fresh cluster instead.`);
    }
  }
  state.reset();
  if (params.atMs !== undefined && params.sharedScript === undefined) state.forkAt(params.atMs);
}
