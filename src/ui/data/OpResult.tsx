import type { ClientResult, UserOp } from '../../driver/index.ts';
import { useAppStore, useClockedSelector } from '../../store/hooks.ts';
import { latestOp, lagWords, quorumMembers, zxidLag, type AppState, type OpRecord } from '../../store/index.ts';
import { narrateProblem, quotedValue, valueBytes, valueDigest } from '../../narrate/index.ts';
import { formatAge, formatZxid } from '../format.ts';
import { NO_QUORUM_WORDS, cutOffWords, errorWords } from './errorWords.ts';
import { shown } from '../../store/shown.ts';

// The answer to the client's latest operation, next to the form: pending (and why it may wait),
// done, the value read and whether it is stale, or the error in plain words.

function opWords(op: UserOp): string {
  return op.type === 'close' ? 'close' : `${op.type} ${op.path}`;
}

/** Where the client's requests go now: "none", "in:3" (a server in the quorum) or "out:3". */
function serverReach(s: AppState, client: string): string {
  const c = shown(s).snapshot?.clients.find((x) => x.name === client);
  const server = c?.server ?? null;
  if (server === null) return 'none';
  return `${quorumMembers(shown(s)).includes(server) ? 'in' : 'out'}:${server}`;
}

function pendingWhy(op: UserOp, client: string, reach: string, hasLeader: boolean): string | null {
  const [where, server] = reach.split(':');
  if (where === 'none') return `Client ${client} is not connected to a server: the request waits until it reaches one.`;
  if (op.type === 'get') return null;
  if (where === 'out') return `${cutOffWords(Number(server))} The request waits; when the server notices (within syncLimit × tickTime) it fails with CONNECTIONLOSS.`;
  return hasLeader ? null : NO_QUORUM_WORDS;
}

function success(result: Extract<ClientResult, { ok: true }>): string {
  switch (result.type) {
    case 'created':
      return `Created ${result.path} at ${formatZxid(result.zxid)}.`;
    case 'set':
      return `Set at ${formatZxid(result.zxid)}; the node is now at version ${result.version}.`;
    case 'deleted':
      return `Deleted at ${formatZxid(result.zxid)}.`;
    case 'closed':
      return 'Session closed: its ephemeral znodes are gone.';
    default:
      return 'Done.';
  }
}

function ReadResult({ record, result }: { record: OpRecord; result: Extract<ClientResult, { type: 'data' }> }) {
  const lag = record.leaderZxid === null ? null : zxidLag(result.serverZxid, record.leaderZxid);
  const stale = lag !== null && lag.txns > 0;
  return (
    <div className={`op-result ${stale ? 'is-stale' : 'is-ok'}`} data-testid="op-result" data-status="ok" data-stale={lag === null ? '' : String(stale)} role="status">
      <p>
        <strong>{stale ? '⚠ Stale read' : '✓ Read'}</strong> from server {record.server ?? '—'}: <span className="mono read-value" data-value-bytes={valueBytes(result.value)} data-value-digest={valueDigest(result.value)}>{quotedValue(result.value)}</span> (version {result.version}, written at {formatZxid(result.zxid)})
      </p>
      <p className="op-why">
        Server {record.server} had applied up to <span className="mono">{formatZxid(result.serverZxid)}</span>
        {record.leaderZxid === null ? '; no leader to compare with.' : <>; the leader was at <span className="mono">{formatZxid(record.leaderZxid)}</span>: {lagWords(lag!)}.</>}
        {stale && ' ZooKeeper answers reads from the client’s own server, so a lagging server returns old data (call sync() first to catch up).'}
      </p>
    </div>
  );
}

export function OpResult({ client }: { client: string }) {
  const record = useAppStore((s) => latestOp(s.ops, client));
  const hasLeader = useAppStore((s) => shown(s).leader !== null);
  const reach = useAppStore((s) => serverReach(s, client));
  const waitedMs = useClockedSelector((_, nowMs) => (record && record.status === 'pending' ? Math.round((nowMs - record.atMs) / 100) * 100 : 0));
  if (!record) return <p className="op-result is-idle panel-note">No operation sent by {client} yet.</p>;
  const what = opWords(record.op);
  if (record.status === 'pending') {
    const why = pendingWhy(record.op, client, reach, hasLeader);
    return (
      <div className="op-result is-pending" data-testid="op-result" data-status="pending" role="status">
        <p>
          <strong>◷ {what}</strong>: waiting for an answer ({formatAge(waitedMs)}).
        </p>
        {why && <p className="op-why">{why}</p>}
      </div>
    );
  }
  if (record.status === 'abandoned') {
    return (
      <div className="op-result is-failed" data-testid="op-result" data-status="abandoned" role="status">
        <p>
          <strong>{what}</strong>: the client vanished before an answer came; nobody will hear it.
        </p>
      </div>
    );
  }
  const result = record.result!;
  if (result.ok && result.type === 'data') return <ReadResult record={record} result={result} />;
  if (result.ok) {
    return (
      <div className="op-result is-ok" data-testid="op-result" data-status="ok" role="status">
        <p>
          <strong>✓ {what}</strong>: {success(result)}
        </p>
      </div>
    );
  }
  return (
    <div className="op-result is-failed" data-testid="op-result" data-status="failed" data-code={result.code} role="alert">
      <p>
        <strong>✗ {what} failed: {result.code}</strong>
        <span className="op-server-msg"> ({narrateProblem(result.problem)})</span>
      </p>
      <p className="op-why">
        {errorWords(result.code)}
        {result.code === 'CONNECTIONLOSS' && record.hadLeader === false && ` ${NO_QUORUM_WORDS}`}
        {result.code === 'CONNECTIONLOSS' && record.hadLeader !== false && record.serverInQuorum === false && record.server !== null && ` ${cutOffWords(record.server)}`}
      </p>
    </div>
  );
}
