import type { ClientErrorCode } from '../../driver/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { code as codeText } from '../../i18n/codeText.ts';

// What each ZooKeeper error code means, for people who have not met it yet. The code itself is
// shown as the server sends it; these are the words beside it.

export function errorWords(code: ClientErrorCode, t: Translate): string {
  return t(`data.error.${code}`, { path: codeText('/zookeeper/config') });
}

/** Why a write cannot commit when no leader has a quorum. */
export function noQuorumWords(t: Translate): string {
  return t('data.noQuorum');
}

/** Why a write through this server cannot commit. */
export function cutOffWords(server: number, t: Translate): string {
  return t('data.cutOff', { server });
}
