import { memo, useMemo } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useAppStoreShallow } from '../../store/hooks.ts';
import { lagWords, nodeState, stateWord, zxidLag } from '../../store/index.ts';
import { formatZxid } from '../format.ts';
import { diffTree } from './treeDiff.ts';
import { ZnodeChip } from './ZnodeChip.tsx';
import { shown } from '../../store/shown.ts';

// One server's data tree: its last applied zxid, how far it is behind the leader, and its znodes,
// with the leader's znodes it lacks shown as dashed ghosts. Re-renders only when one of those changes.

const SHOWN = 40;

export const ServerTree = memo(function ServerTree({ id }: { id: ServerId }) {
  const v = useAppStoreShallow((s) => {
    const { nodeById, leader: agreed } = shown(s);
    const node = nodeById.get(id);
    const leader = agreed ? nodeById.get(agreed.id) : undefined;
    return {
      state: node ? nodeState(node) : null,
      zxid: node?.lastCommittedZxid ?? 0,
      tree: node?.tree,
      isLeader: leader?.id === id,
      leaderZxid: leader?.lastCommittedZxid ?? null,
      leaderTree: leader && leader.id !== id ? leader.tree : null,
    };
  });
  const diff = useMemo(() => diffTree(v.tree ?? [], v.leaderTree), [v.tree, v.leaderTree]);
  if (v.state === null) return null;
  const lag = v.leaderZxid === null || v.isLeader ? null : zxidLag(v.zxid, v.leaderZxid);
  const behind = lag !== null && (lag.txns > 0 || lag.ahead);
  const lagText = v.isLeader ? 'the leader' : lag ? lagWords(lag) : 'no leader to compare';
  const rows = diff.rows.slice(0, SHOWN);
  return (
    <li className={`server-tree state-${v.state}${behind ? ' is-behind' : ''}`} data-testid={`tree-${id}`} data-zxid={formatZxid(v.zxid)} data-lag-txns={lag ? String(lag.txns) : ''} aria-label={`Server ${id}, ${stateWord(v.state)}, applied ${formatZxid(v.zxid)}, ${lagText}`}>
      <div className="tree-head">
        <span className="tree-server">Server {id}</span>
        <span className="tree-role">{stateWord(v.state)}</span>
        <span className="mono tree-zxid">{formatZxid(v.zxid)}</span>
        <span className={`tree-lag${behind ? ' lag-behind' : ''}`}>{behind ? `⚠ ${lagText}` : v.isLeader ? `★ ${lagText}` : `✓ ${lagText}`}</span>
      </div>
      <ul className="znodes">
        {rows.length === 0 && diff.missing.length === 0 && <li className="znodes-empty">no znodes</li>}
        {rows.map(({ node, status }) => (
          <ZnodeChip key={node.path} node={node} status={status} />
        ))}
        {diff.missing.slice(0, 8).map((node) => (
          <li key={`missing-${node.path}`} className="znode znode-missing" title={`The leader has ${node.path}; this server does not yet.`}>
            <span className="znode-path">{node.path}</span> <span className="znode-note">missing</span>
          </li>
        ))}
        {diff.rows.length > SHOWN && <li className="znodes-empty">+{diff.rows.length - SHOWN} more</li>}
      </ul>
    </li>
  );
});
