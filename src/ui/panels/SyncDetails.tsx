import type { ServerId } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { formatClock, formatZxid } from '../format.ts';
import { zxidList } from '../../narrate/index.ts';
import { shown } from '../../store/shown.ts';

// How this server last rejoined: the sync its leader chose (DIFF, TRUNC or SNAP), the transactions
// sent, and the ones it had to throw away because no quorum ever committed them.

const modeWords = {
  diff: 'DIFF: the leader sent the transactions it was missing.',
  trunc: 'TRUNC: its log ran past what the leader committed, so it cut the extra off first.',
  snap: 'SNAP: its log could not be matched, so it took the leader’s whole snapshot.',
};

export function SyncDetails({ id }: { id: ServerId }) {
  const info = useAppStore((s) => shown(s).recoveries.get(id));
  if (!info) return null;
  const emptyDiff = info.mode === 'diff' && (info.sent?.length ?? 0) === 0;
  return (
    <div className={`sync-details sync-${info.mode}`} data-testid={`sync-details-${id}`} data-mode={info.mode}>
      <p>
        <strong>Last sync</strong> at {formatClock(info.t)} from leader {info.leader}
        {info.fromZxid !== null && <> (it was at {formatZxid(info.fromZxid)})</>}:{' '}
        <span className="sync-mode">{info.mode.toUpperCase()}</span> {emptyDiff ? 'empty: it was already up to date.' : modeWords[info.mode].replace(/^\w+: /, '')}
      </p>
      {info.mode === 'trunc' && (
        <p>
          <strong>Truncated</strong> to {info.truncZxid !== null ? formatZxid(info.truncZxid) : '—'}, removing{' '}
          <span className="mono">{info.removed.length > 0 ? zxidList(info.removed) : '(waiting for its report)'}</span>
          {info.cleared && ' — it could not truncate below its snapshot, so it discarded its data for a SNAP'}
        </p>
      )}
      {info.sent && info.sent.length > 0 && (
        <p>
          <strong>Sent</strong> {info.sent.length} txn{info.sent.length === 1 ? '' : 's'}: <span className="mono">{zxidList(info.sent)}</span>
        </p>
      )}
    </div>
  );
}
