import { memo } from 'react';
import { useAppStore, useAppStoreApi, useClockedSelector } from '../../store/hooks.ts';
import { formatAge, formatMs, formatSessionId } from '../format.ts';
import { sessionEndWords, stateLook, whereWords } from './clientWords.ts';

// One client session: state, server, session id and timeout, how long since it last heard from a
// server, the ephemerals it owns, and the two ways to leave: vanish (the session expires later) or
// close (the ephemerals go at once).

export const ClientCard = memo(function ClientCard({ name }: { name: string }) {
  const c = useAppStore((s) => s.snapshot?.clients.find((x) => x.name === name));
  // Ages in tenths of a second: redrawn ten times a simulated second, not every frame.
  const nowMs = useClockedSelector((_, now) => Math.floor(now / 100) * 100);
  const end = useAppStore((s) => (c && c.sessionId !== 0 ? s.sessionEnds.get(c.sessionId) : undefined));
  const owned = useAppStore((s) => {
    if (!c || c.sessionId === 0 || !s.leader) return '';
    return (s.nodeById.get(s.leader.id)?.tree ?? []).filter((z) => z.ephemeralOwner === c.sessionId).map((z) => z.path).join(', ');
  });
  const store = useAppStoreApi();
  if (!c) return null;
  const look = stateLook(c);
  const live = !c.vanished && c.state !== 'closed' && c.state !== 'expired';
  const heardMs = c.lastHeardMs === null ? null : Math.max(0, nowMs - c.lastHeardMs);
  const endWords = sessionEndWords(end);
  return (
    <li className={`client-card tone-${look.tone}`} data-testid={`client-${name}`} data-state={c.state} data-server={c.server ?? ''} data-session-id={c.sessionId ? formatSessionId(c.sessionId) : ''} data-vanished={String(c.vanished)} data-session-ended={end ? end.reason : ''} aria-label={`Client ${name}, ${look.word}, ${whereWords(c, nowMs)}`}>
      <div className="client-head">
        <span className="client-name">{name}</span>
        <span className={`client-state tone-${look.tone}`}>
          <span aria-hidden="true">{look.symbol}</span> {look.word}
        </span>
        <span className="client-where">{whereWords(c, nowMs)}</span>
        {live && (
          <span className="client-actions">
            <button type="button" onClick={() => store.getState().disconnectClient(name)} title="The client process disappears (kill -9, laptop lid closed): the ensemble expires its session after the timeout" data-testid={`vanish-${name}`}>
              Vanish
            </button>
            <button type="button" onClick={() => store.getState().closeClient(name)} title="A clean close: the session and its ephemerals end now" data-testid={`close-${name}`}>
              Close
            </button>
          </span>
        )}
      </div>
      <dl className="client-facts">
        <div>
          <dt>session</dt>
          <dd className="mono">{c.sessionId ? formatSessionId(c.sessionId) : '—'}</dd>
        </div>
        <div>
          <dt>timeout</dt>
          <dd>{formatMs(c.timeoutMs)}</dd>
        </div>
        <div>
          <dt>last heard</dt>
          <dd>{heardMs === null ? 'never' : `${formatAge(heardMs)} ago`}</dd>
        </div>
        {c.pendingOps > 0 && (
          <div>
            <dt>pending</dt>
            <dd>{c.pendingOps}</dd>
          </div>
        )}
      </dl>
      {owned && <p className="client-owned">owns ephemeral {owned}</p>}
      {c.vanished && !end && <p className="client-note">The ensemble will expire session {formatSessionId(c.sessionId)} about {formatMs(c.timeoutMs)} after it last heard from it.</p>}
      {endWords && <p className={`client-note${end!.reason === 'expired' ? ' is-bad' : ''}`}>{endWords}</p>}
    </li>
  );
});
