import { memo } from 'react';
import type { ZnodeData } from '../../driver/index.ts';
import { isShortValue, quotedValue, valueBytes, valueDigest } from '../../narrate/index.ts';
import { formatZxid } from '../format.ts';
import type { ZnodeStatus } from './treeDiff.ts';

// One znode on one server: path, value, and a mark when it is ephemeral or differs from the leader.
// Its data attributes carry the value only when it is short (every server's copy of a megabyte
// would be megabytes of DOM), and always its UTF-8 size and digest.

const MAX_VALUE_CHARS = 18;

function shortValue(value: string): string {
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS - 1)}…` : value;
}

const statusWords: Record<ZnodeStatus, string> = { same: '', differs: 'differs from the leader', extra: 'not on the leader' };

export const ZnodeChip = memo(function ZnodeChip({ node, status }: { node: ZnodeData; status: ZnodeStatus }) {
  const ephemeral = node.ephemeralOwner !== 0;
  const title = `${node.path} = ${quotedValue(node.value)} · version ${node.version} · created ${formatZxid(node.czxid)}, modified ${formatZxid(node.mzxid)}${ephemeral ? ` · ephemeral, session ${formatZxid(node.ephemeralOwner)}` : ''}${status !== 'same' ? ` · ${statusWords[status]}` : ''}`;
  return (
    <li className={`znode znode-${status}${ephemeral ? ' znode-ephemeral' : ''}`} data-path={node.path} data-value={isShortValue(node.value) ? node.value : undefined} data-value-bytes={valueBytes(node.value)} data-value-digest={valueDigest(node.value)} data-version={node.version} data-ephemeral={String(ephemeral)} title={title}>
      <span className="znode-path">{node.path}</span>
      {node.value !== '' && <span className="znode-value">{`"${shortValue(node.value)}"`}</span>}
      {ephemeral && <span className="znode-tag" aria-label="ephemeral">eph</span>}
      {status !== 'same' && <span className="znode-note">{status === 'differs' ? '≠ leader' : 'not on leader'}</span>}
    </li>
  );
});
