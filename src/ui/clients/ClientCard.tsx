import { memo } from 'react';
import { useAppStore, useAppStoreApi, useClockedSelector } from '../../store/hooks.ts';
import { formatAge, formatMs, formatSessionId } from '../format.ts';
import { sessionEndWords, stateLook, whereWords } from './clientWords.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// One client session: state, server, session id and timeout, how long since it last heard from a
// server, the ephemerals it owns, and the two ways to leave: vanish (the session expires later) or
// close (the ephemerals go at once).

export const ClientCard = memo(function ClientCard({ name }: { name: string }) {
  const t = useT();
  const c = useAppStore((s) => shown(s).snapshot?.clients.find((x) => x.name === name));
  // Ages in tenths of a second: redrawn ten times a simulated second, not every frame.
  const nowMs = useClockedSelector((_, now) => Math.floor(now / 100) * 100);
  const end = useAppStore((s) => (c && c.sessionId !== 0 ? s.sessionEnds.get(c.sessionId) : undefined));
  const owned = useAppStore((s) => {
    const { leader, nodeById } = shown(s);
    if (!c || c.sessionId === 0 || !leader) return '';
    return (nodeById.get(leader.id)?.tree ?? []).filter((z) => z.ephemeralOwner === c.sessionId).map((z) => z.path).join(', ');
  });
  const store = useAppStoreApi();
  if (!c) return null;
  const look = stateLook(c, t);
  const where = whereWords(c, nowMs, t);
  const live = !c.vanished && c.state !== 'closed' && c.state !== 'expired';
  const heardMs = c.lastHeardMs === null ? null : Math.max(0, nowMs - c.lastHeardMs);
  const endWords = sessionEndWords(end, t);
  return (
    <li className={`client-card tone-${look.tone}`} data-testid={`client-${name}`} data-state={c.state} data-server={c.server ?? ''} data-session-id={c.sessionId ? formatSessionId(c.sessionId) : ''} data-vanished={String(c.vanished)} data-session-ended={end ? end.reason : ''} aria-label={t('clients.card.label', { name, state: look.word, where })}>
      <div className="client-head">
        <span className="client-name" translate="no">
          {name}
        </span>
        <span className={`client-state tone-${look.tone}`}>
          <span aria-hidden="true">{look.symbol}</span> {look.word}
        </span>
        <span className="client-where">{where}</span>
        {live && (
          <span className="client-actions">
            <button type="button" onClick={() => store.getState().disconnectClient(name)} title={t('clients.card.vanishTitle')} data-testid={`vanish-${name}`}>
              {t('clients.card.vanish')}
            </button>
            <button type="button" onClick={() => store.getState().closeClient(name)} title={t('clients.card.closeTitle')} data-testid={`close-${name}`}>
              {t('clients.card.close')}
            </button>
          </span>
        )}
      </div>
      <dl className="client-facts">
        <div>
          <dt>{t('clients.card.session')}</dt>
          <dd className="mono">{c.sessionId ? formatSessionId(c.sessionId) : '—'}</dd>
        </div>
        <div>
          <dt>{t('clients.card.timeout')}</dt>
          <dd>{formatMs(c.timeoutMs)}</dd>
        </div>
        <div>
          <dt>{t('clients.card.lastHeard')}</dt>
          <dd>{heardMs === null ? t('clients.card.never') : t('clients.card.ago', { age: formatAge(heardMs) })}</dd>
        </div>
        {c.pendingOps > 0 && (
          <div>
            <dt>{t('clients.card.pending')}</dt>
            <dd>{c.pendingOps}</dd>
          </div>
        )}
      </dl>
      {owned && (
        <p className="client-owned">
          {t('clients.card.owns')} <span translate="no">{owned}</span>
        </p>
      )}
      {c.vanished && !end && <p className="client-note">{t('clients.card.willExpire', { session: formatSessionId(c.sessionId), timeout: formatMs(c.timeoutMs) })}</p>}
      {endWords && <p className={`client-note${end!.reason === 'expired' ? ' is-bad' : ''}`}>{endWords}</p>}
    </li>
  );
});
