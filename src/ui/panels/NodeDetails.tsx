import { useAppStore } from '../../store/hooks.ts';
import { lagWords, nodeState, selectDetailId, serverLag, stateWord } from '../../store/index.ts';
import { formatZxid } from '../format.ts';
import { stateStyles } from '../theme.ts';
import { SyncDetails } from './SyncDetails.tsx';
import { WatchBars } from './WatchBars.tsx';
import { shown } from '../../store/shown.ts';

// The server under the pointer (or keyboard focus), else the leader: its role, epochs, zxids, what
// it is doing and its watches.

export function NodeDetails() {
  const id = useAppStore(selectDetailId);
  const node = useAppStore((s) => (id === null ? undefined : shown(s).nodeById.get(id)));
  const leaderNode = useAppStore((s) => {
    const { leader, nodeById } = shown(s);
    return leader ? nodeById.get(leader.id) : undefined;
  });
  if (!node) return <section className="panel details-panel" aria-label="Server details" />;
  const state = nodeState(node);
  const style = stateStyles[state];
  const doing =
    state === 'down' ? 'Not running.'
    : state === 'paused' ? 'Frozen: its input queues up.'
    : node.role === 'looking' ? `Election round ${node.electionRound}, votes for ${node.vote?.leader ?? '—'}.`
    : node.role === 'leading' ? (node.established ? `Leads ${node.syncedLearners.length} synced learner${node.syncedLearners.length === 1 ? '' : 's'}.` : 'Waiting for a quorum of followers to sync.')
    : node.established ? `Follows leader ${node.leader}, in sync.` : `Syncing with leader ${node.leader}.`;
  return (
    <section className="panel details-panel" aria-labelledby="details-title" aria-live="off">
      <h2 id="details-title">
        Server {node.id}{' '}
        <span className="state-chip" style={{ background: style.fill, color: style.text, borderColor: style.stroke }}>
          {stateWord(state)}
        </span>
        <span className="details-doing">{doing}</span>
      </h2>
      <dl className="details-facts">
        <div>
          <dt>epoch</dt>
          <dd>
            {node.currentEpoch}
            {node.acceptedEpoch !== node.currentEpoch && <span className="panel-note"> (accepted {node.acceptedEpoch})</span>}
          </dd>
        </div>
        <div>
          <dt>applied</dt>
          <dd className="mono">{formatZxid(node.lastCommittedZxid)}</dd>
        </div>
        {node.lastZxid !== node.lastCommittedZxid && (
          <div>
            <dt>logged</dt>
            <dd className="mono">{formatZxid(node.lastZxid)}</dd>
          </div>
        )}
        <div>
          <dt>znodes</dt>
          <dd>{node.znodes}</dd>
        </div>
        {leaderNode && leaderNode.id !== node.id && (
          <div>
            <dt>vs leader</dt>
            <dd>{lagWords(serverLag(node, leaderNode)!)}</dd>
          </div>
        )}
      </dl>
      <SyncDetails id={node.id} />
      <WatchBars node={node} />
    </section>
  );
}
