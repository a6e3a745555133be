import type { ClientView } from '../../driver/index.ts';
import type { SessionEnd } from '../../store/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { formatMs } from '../format.ts';

// A client's state in a symbol and a word (never colour alone), and where it is in plain words.

export interface StateLook {
  symbol: string;
  word: string;
  tone: 'good' | 'warn' | 'bad' | 'info';
}

export function stateLook(c: ClientView, t: Translate): StateLook {
  if (c.vanished) return { symbol: '✕', word: t('clients.state.vanished'), tone: 'bad' };
  switch (c.state) {
    case 'connected':
      return { symbol: '●', word: t('clients.state.connected'), tone: 'good' };
    case 'connecting':
      return { symbol: '◌', word: t('clients.state.connecting'), tone: 'warn' };
    case 'disconnected':
      return { symbol: '◌', word: t('clients.state.disconnected'), tone: 'warn' };
    case 'expired':
      return { symbol: '◷', word: t('clients.state.expired'), tone: 'bad' };
    case 'closed':
      return { symbol: '■', word: t('clients.state.closed'), tone: 'info' };
  }
}

/** Where the client is: attached to a server, trying one, or waiting. */
export function whereWords(c: ClientView, nowMs: number, t: Translate): string {
  if (c.vanished) return t('clients.where.vanished');
  if (c.server !== null) return t('clients.where.on', { server: c.server });
  if (c.tryingServer !== null) return t('clients.where.trying', { server: c.tryingServer });
  if (c.retryAtMs !== null) return t('clients.where.retry', { wait: formatMs(Math.max(0, c.retryAtMs - nowMs)) });
  return c.state === 'closed' || c.state === 'expired' ? t('clients.where.none') : t('clients.where.between');
}

/** What the ensemble did with the session, when it ended there (the client may not know). */
export function sessionEndWords(end: SessionEnd | undefined, t: Translate): string | null {
  if (!end) return null;
  const gone = end.deletedPaths.length > 0 ? t('clients.end.deleted', { paths: end.deletedPaths.join(', ') }) : t('clients.end.noEphemerals');
  return end.reason === 'expired' ? t('clients.end.expired', { gone }) : t('clients.end.closed', { gone });
}
