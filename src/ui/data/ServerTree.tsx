import { memo, useMemo } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useAppStoreShallow } from '../../store/hooks.ts';
import { nodeState, zxidLag } from '../../store/index.ts';
import { lagText, stateText } from './serverWords.ts';
import { formatZxid } from '../format.ts';
import { diffTree } from './treeDiff.ts';
import { ZnodeChip } from './ZnodeChip.tsx';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// One server's data tree: its last applied zxid, how far it is behind the leader, and its znodes,
// with the leader's znodes it lacks shown as dashed ghosts. Re-renders only when one of those changes.

const SHOWN = 40;

export const ServerTree = memo(function ServerTree({ id }: { id: ServerId }) {
  const t = useT();
  const v = useAppStoreShallow((s) => {
    const { nodeById, leader: agreed } = shown(s);
    const node = nodeById.get(id);
    const leader = agreed ? nodeById.get(agreed.id) : undefined;
    return {
      state: node ? nodeState(node) : null,
      zxid: node?.lastCommittedZxid ?? null,
      tree: node?.tree,
      isLeader: leader?.id === id,
      leaderZxid: leader?.lastCommittedZxid ?? null,
      leaderTree: leader && leader.id !== id ? leader.tree : null,
    };
  });
  const diff = useMemo(() => diffTree(v.tree ?? [], v.leaderTree), [v.tree, v.leaderTree]);
  if (v.state === null) return null;
  const lag = v.leaderZxid === null || v.zxid === null || v.isLeader ? null : zxidLag(v.zxid, v.leaderZxid);
  const zxidText = v.zxid === null ? t('details.notReported') : formatZxid(v.zxid);
  const behind = lag !== null && (lag.txns > 0 || lag.ahead);
  const lagWords = v.isLeader ? t('data.tree.isLeader') : lag ? lagText(lag, t) : t('data.tree.noLeader');
  const state = stateText(v.state, t);
  const rows = diff.rows.slice(0, SHOWN);
  return (
    <li className={`server-tree state-${v.state}${behind ? ' is-behind' : ''}`} data-testid={`tree-${id}`} data-zxid={v.zxid === null ? '' : formatZxid(v.zxid)} data-lag-txns={lag ? String(lag.txns) : ''} aria-label={t('data.tree.label', { id, state, zxid: zxidText, lag: lagWords })}>
      <div className="tree-head">
        <span className="tree-server">{t('data.tree.server', { id })}</span>
        <span className="tree-role">{state}</span>
        <span className="mono tree-zxid">{zxidText}</span>
        <span className={`tree-lag${behind ? ' lag-behind' : ''}`}>{behind ? `⚠ ${lagWords}` : v.isLeader ? `★ ${lagWords}` : `✓ ${lagWords}`}</span>
      </div>
      <ul className="znodes">
        {rows.length === 0 && diff.missing.length === 0 && <li className="znodes-empty">{t('data.tree.empty')}</li>}
        {rows.map(({ node, status }) => (
          <ZnodeChip key={node.path} node={node} status={status} />
        ))}
        {diff.missing.slice(0, 8).map((node) => (
          <li key={`missing-${node.path}`} className="znode znode-missing">
            {/* The title names the user's path: it sits on the path, which is theirs (translate="no"). */}
            <span className="znode-path" translate="no" title={t('data.tree.missingTitle', { path: node.path })}>
              {node.path}
            </span>{' '}
            <span className="znode-note">{t('data.tree.missing')}</span>
          </li>
        ))}
        {diff.rows.length > SHOWN && <li className="znodes-empty">{t('data.tree.more', { count: diff.rows.length - SHOWN })}</li>}
      </ul>
    </li>
  );
});
