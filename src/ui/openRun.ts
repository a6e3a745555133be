import { loadShareCodec } from '../driver/index.ts';
import type { AppStore } from '../store/index.ts';
import type { PageParams } from './urlParams.ts';
import { message } from '../i18n/message.ts';

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
    // The reasons are the codec's and the parser's own words (line by line), shown as they are.
    if (!decoded.ok) state.addNotice(message('notices.scriptUnreadable', { param: params.sharedScript.from, reason: decoded.message }, ['param', 'reason']));
    else {
      const outcome = state.runScript(decoded.script, at);
      if (outcome.ok) return;
      state.addNotice(message('notices.scriptNotRun', { reason: outcome.message.split('\n').join('; ') }, ['reason']));
    }
  }
  state.reset();
  if (params.atMs !== undefined && params.sharedScript === undefined) state.forkAt(params.atMs);
}
