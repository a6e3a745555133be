import type { ClientResult, UserOp } from '../../driver/index.ts';
import { useAppStore, useClockedSelector } from '../../store/hooks.ts';
import { latestOp, quorumMembers, zxidLag, type AppState, type OpRecord } from '../../store/index.ts';
import { narrateProblem, quotedValue, valueBytes, valueDigest } from '../../narrate/narration.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useNarrationLocale, useT } from '../i18n/useT.ts';
import { formatAge, formatZxid } from '../format.ts';
import { cutOffWords, errorWords, noQuorumWords } from './errorWords.ts';
import { lagText } from './serverWords.ts';
import { shown } from '../../store/shown.ts';
import { code } from '../../i18n/codeText.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';

// The answer to the client's latest operation, next to the form: pending (and why it may wait),
// done, the value read and whether it is stale, or the error in plain words.

/** "create /app": the operation's word, and the path as typed (the user's words, never translated). */
function OpWords({ op, t }: { op: UserOp; t: Translate }) {
  if (op.type === 'close') return <>{t('data.result.close')}</>;
  return (
    <>
      {t(`data.kind.${op.type}`)} <span translate="no">{op.path}</span>
    </>
  );
}

/** Where the client's requests go now: "none", "in:3" (a server in the quorum) or "out:3". */
function serverReach(s: AppState, client: string): string {
  const c = shown(s).snapshot?.clients.find((x) => x.name === client);
  const server = c?.server ?? null;
  if (server === null) return 'none';
  return `${quorumMembers(shown(s)).includes(server) ? 'in' : 'out'}:${server}`;
}

function pendingWhy(op: UserOp, client: string, reach: string, hasLeader: boolean, t: Translate): string | null {
  const [where, server] = reach.split(':');
  if (where === 'none') return t('data.result.notConnected', { client: code(client) });
  if (op.type === 'get') return null;
  if (where === 'out') return `${cutOffWords(Number(server), t)} ${t('data.result.waitsForNotice')}`;
  return hasLeader ? null : noQuorumWords(t);
}

function success(result: Extract<ClientResult, { ok: true }>, t: Translate): string {
  switch (result.type) {
    case 'created':
      return t('data.result.created', { path: code(result.path), zxid: formatZxid(result.zxid) });
    case 'set':
      return t('data.result.set', { zxid: formatZxid(result.zxid), version: result.version });
    case 'deleted':
      return t('data.result.deleted', { zxid: formatZxid(result.zxid) });
    case 'closed':
      return t('data.result.closed');
    default:
      return t('data.result.done');
  }
}

function ReadResult({ record, result }: { record: OpRecord; result: Extract<ClientResult, { type: 'data' }> }) {
  const t = useT();
  const lag = record.leaderZxid === null ? null : zxidLag(result.serverZxid, record.leaderZxid);
  const stale = lag !== null && lag.txns > 0;
  return (
    <div className={`op-result ${stale ? 'is-stale' : 'is-ok'}`} data-testid="op-result" data-status="ok" data-stale={lag === null ? '' : String(stale)} role="status">
      <p>
        <strong>{stale ? t('data.read.stale') : t('data.read.ok')}</strong> {t('data.read.from', { server: record.server ?? '—' })}{' '}
        <span className="mono read-value" translate="no" data-value-bytes={valueBytes(result.value)} data-value-digest={valueDigest(result.value)}>
          {quotedValue(result.value)}
        </span>{' '}
        {t('data.read.meta', { version: result.version, zxid: formatZxid(result.zxid) })}
      </p>
      <p className="op-why">
        {t('data.read.applied', { server: record.server ?? '—' })} <span className="mono">{formatZxid(result.serverZxid)}</span>
        {record.leaderZxid === null ? (
          t('data.read.noLeader')
        ) : (
          <>
            {t('data.read.leaderAt')} <span className="mono">{formatZxid(record.leaderZxid)}</span>
            {t('data.read.lag', { lag: lagText(lag!, t) })}
          </>
        )}
        {stale && ` ${t('data.read.staleWhy')}`}
      </p>
    </div>
  );
}

export function OpResult({ client }: { client: string }) {
  const t = useT();
  const locale = useNarrationLocale();
  const record = useAppStore((s) => latestOp(s.ops, client));
  const hasLeader = useAppStore((s) => shown(s).leader !== null);
  const reach = useAppStore((s) => serverReach(s, client));
  const waitedMs = useClockedSelector((_, nowMs) => (record && record.status === 'pending' ? Math.round((nowMs - record.atMs) / 100) * 100 : 0));
  if (!record) {
    return (
      <p className="op-result is-idle panel-note">
        <CodeSpans text={t('data.result.none', { client: code(client) })} />
      </p>
    );
  }
  const what = <OpWords op={record.op} t={t} />;
  if (record.status === 'pending') {
    const why = pendingWhy(record.op, client, reach, hasLeader, t);
    return (
      <div className="op-result is-pending" data-testid="op-result" data-status="pending" role="status">
        <p>
          <strong>◷ {what}</strong>: {t('data.result.waiting', { age: formatAge(waitedMs) })}
        </p>
        {why && (
          <p className="op-why">
            <CodeSpans text={why} />
          </p>
        )}
      </div>
    );
  }
  if (record.status === 'abandoned') {
    return (
      <div className="op-result is-failed" data-testid="op-result" data-status="abandoned" role="status">
        <p>
          <strong>{what}</strong>: {t('data.result.abandoned')}
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
          <strong>✓ {what}</strong>: <CodeSpans text={success(result, t)} />
        </p>
      </div>
    );
  }
  return (
    <div className="op-result is-failed" data-testid="op-result" data-status="failed" data-code={result.code} role="alert">
      <p>
        <strong>
          ✗ {what} {t('data.result.failed', { code: result.code })}
        </strong>
        <span className="op-server-msg"> ({narrateProblem(result.problem, locale)})</span>
      </p>
      <p className="op-why">
        <CodeSpans text={errorWords(result.code, t)} />
        {result.code === 'CONNECTIONLOSS' && record.hadLeader === false && ` ${noQuorumWords(t)}`}
        {result.code === 'CONNECTIONLOSS' && record.hadLeader !== false && record.serverInQuorum === false && record.server !== null && ` ${cutOffWords(record.server, t)}`}
      </p>
    </div>
  );
}
