import type { NodeState, ZxidLag } from '../../store/index.ts';
import type { Translate } from '../../i18n/translate.ts';

// A server's state and its data's lag behind the leader, in the page's language. The facts are the
// store's (nodeState, zxidLag); these are only their words.

export function stateText(state: NodeState, t: Translate): string {
  return t(`data.state.${state}`);
}

/** "up to date", "3 txns behind", "≥ 2 txns behind (older epoch)", "ahead: …". */
export function lagText(lag: ZxidLag, t: Translate): string {
  if (lag.ahead) return t('data.lag.ahead');
  if (lag.txns === 0) return t('data.lag.upToDate');
  return t(lag.exact ? 'data.lag.behind' : 'data.lag.behindAtLeast', { count: lag.txns });
}
