import type { AppStore } from '../store/index.ts';
import type { PageParams } from './urlParams.ts';

// The first run of the page: a shared script (played, or run to ?at= and paused), a fresh cluster
// run to ?at=, or a fresh cluster. A shared script that does not parse changes nothing: the page
// says why, line by line, and starts a fresh cluster.

export function openRun(store: AppStore, params: Pick<PageParams, 'script' | 'atMs' | 'rerun'>): void {
  const state = store.getState();
  if (params.rerun) state.setRerunOfLive(true);
  const at = params.atMs === undefined ? {} : { atMs: params.atMs };
  if (params.script !== undefined) {
    const outcome = state.runScript(params.script, at);
    if (outcome.ok) return;
    state.addNotice(`The shared script was not run (${outcome.message.split('\n').join('; ')}); starting a fresh cluster instead.`);
  }
  state.reset();
  if (params.atMs !== undefined && params.script === undefined) state.forkAt(params.atMs);
}
