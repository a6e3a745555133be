import { useAppStore } from '../../store/hooks.ts';
import { nodeState, selectDetailId, serverLag } from '../../store/index.ts';
import { formatZxid, lagText, reported, stateName } from '../format.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { ZxidLag } from '../../store/index.ts';
import { useT } from '../i18n/useT.ts';
import { stateStyles } from '../theme.ts';
import { SyncDetails } from './SyncDetails.tsx';
import { WatchBars } from './WatchBars.tsx';
import { shown } from '../../store/shown.ts';

// The server under the pointer (or keyboard focus), else the leader: its role, epochs, zxids, what
// it is doing and its watches.

export function NodeDetails() {
  const id = useAppStore(selectDetailId);
  const node = useAppStore((s) => (id === null ? undefined : shown(s).nodeById.get(id)));
  const t = useT();
  const leaderNode = useAppStore((s) => {
    const { leader, nodeById } = shown(s);
    return leader ? nodeById.get(leader.id) : undefined;
  });
  if (!node) return <section className="panel details-panel" aria-label={t('details.label')} />;
  const state = nodeState(node);
  const style = stateStyles[state];
  const doing =
    state === 'down' ? t('details.down')
    : state === 'paused' ? t('details.paused')
    : state === 'unresponsive' ? t('details.unresponsive')
    : node.role === 'looking' ? t('details.looking', { round: node.electionRound ?? '—', vote: node.vote?.leader ?? '—' })
    : node.role === 'leading' ? (node.established ? t('details.leads', { count: node.syncedLearners.length }) : t('details.leaderWaiting'))
    : node.established ? t('details.follows', { leader: node.leader }) : t('details.syncing', { leader: node.leader });
  return (
    <section className="panel details-panel" aria-labelledby="details-title" aria-live="off">
      <h2 id="details-title">
        {t('common.server', { id: node.id })}{' '}
        <span className="state-chip" style={{ background: style.fill, color: style.text, borderColor: style.stroke }}>
          {stateName(t, state)}
        </span>
        <span className="details-doing">{doing}</span>
      </h2>
      <dl className="details-facts">
        <div>
          <dt>{t('details.epoch')}</dt>
          <dd>
            {node.currentEpoch}
            {node.acceptedEpoch !== node.currentEpoch && <span className="panel-note">{t('details.accepted', { epoch: node.acceptedEpoch })}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('details.applied')}</dt>
          <dd className="mono">{reported(t, node.lastCommittedZxid, formatZxid)}</dd>
        </div>
        {node.lastCommittedZxid !== null && node.lastZxid !== node.lastCommittedZxid && (
          <div>
            <dt>{t('details.logged')}</dt>
            <dd className="mono">{formatZxid(node.lastZxid)}</dd>
          </div>
        )}
        <div>
          <dt>{t('details.znodes')}</dt>
          <dd>{reported(t, node.znodes)}</dd>
        </div>
        {leaderNode && leaderNode.id !== node.id && (
          <div>
            <dt>{t('details.vsLeader')}</dt>
            <dd>{vsLeader(t, serverLag(node, leaderNode))}</dd>
          </div>
        )}
      </dl>
      <SyncDetails id={node.id} />
      <WatchBars node={node} />
    </section>
  );
}

function vsLeader(t: Translate, lag: ZxidLag | null): string {
  return lag ? lagText(t, lag) : t('details.notReported');
}
