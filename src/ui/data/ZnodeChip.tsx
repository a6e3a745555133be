import { memo } from 'react';
import type { ZnodeData } from '../../driver/index.ts';
import { isShortValue, quotedValue, valueBytes, valueDigest } from '../../narrate/narration.ts';
import { formatZxid } from '../format.ts';
import type { ZnodeStatus } from './treeDiff.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { useT } from '../i18n/useT.ts';

// One znode on one server: path, value, and a mark when it is ephemeral or differs from the leader.
// Its data attributes carry the value only when it is short (every server's copy of a megabyte
// would be megabytes of DOM), and always its UTF-8 size and digest.

const MAX_VALUE_CHARS = 18;

function shortValue(value: string): string {
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value;
}


const STATUS_TITLES: Record<ZnodeStatus, MessageKey | null> = { same: null, differs: 'data.znode.differsTitle', extra: 'data.znode.extraTitle' };

export const ZnodeChip = memo(function ZnodeChip({ node, status }: { node: ZnodeData; status: ZnodeStatus }) {
  const t = useT();
  const ephemeral = node.ephemeralOwner !== 0;
  const statusTitle = STATUS_TITLES[status];
  const title =
    t('data.znode.title', { path: node.path, value: quotedValue(node.value), version: node.version, czxid: formatZxid(node.czxid), mzxid: formatZxid(node.mzxid) }) +
    (ephemeral ? t('data.znode.titleEphemeral', { session: formatZxid(node.ephemeralOwner) }) : '') +
    (statusTitle ? t(statusTitle) : '');
  return (
    <li className={`znode znode-${status}${ephemeral ? ' znode-ephemeral' : ''}`} data-path={node.path} data-value={isShortValue(node.value) ? node.value : undefined} data-value-bytes={valueBytes(node.value)} data-value-digest={valueDigest(node.value)} data-version={node.version} data-ephemeral={String(ephemeral)}>
      {/* The title quotes the user's path and value, so it sits on the path, which is theirs (translate="no"). */}
      <span className="znode-path" translate="no" title={title}>
        {node.path}
      </span>
      {node.value !== '' && <span className="znode-value" translate="no">{`"${shortValue(node.value)}"`}</span>}
      {ephemeral && <span className="znode-tag" aria-label={t('data.znode.ephemeral')}>
          {t('data.znode.eph')}
        </span>}
      {status !== 'same' && <span className="znode-note">{status === 'differs' ? t('data.znode.differs') : t('data.znode.extra')}</span>}
    </li>
  );
});
