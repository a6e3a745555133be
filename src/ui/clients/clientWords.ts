import type { ClientView } from '../../driver/index.ts';
import type { SessionEnd } from '../../store/index.ts';
import { formatMs } from '../format.ts';

// A client's state in a symbol and a word (never colour alone), and where it is in plain words.

export interface StateLook {
  symbol: string;
  word: string;
  tone: 'good' | 'warn' | 'bad' | 'info';
}

export function stateLook(c: ClientView): StateLook {
  if (c.vanished) return { symbol: '✕', word: 'vanished', tone: 'bad' };
  switch (c.state) {
    case 'connected':
      return { symbol: '●', word: 'connected', tone: 'good' };
    case 'connecting':
      return { symbol: '◌', word: 'connecting', tone: 'warn' };
    case 'disconnected':
      return { symbol: '◌', word: 'disconnected', tone: 'warn' };
    case 'expired':
      return { symbol: '◷', word: 'expired', tone: 'bad' };
    case 'closed':
      return { symbol: '■', word: 'closed', tone: 'info' };
  }
}

/** Where the client is: attached to a server, trying one, or waiting. */
export function whereWords(c: ClientView, nowMs: number): string {
  if (c.vanished) return 'gone without a word: it sends nothing more';
  if (c.server !== null) return `on server ${c.server}`;
  if (c.tryingServer !== null) return `trying server ${c.tryingServer}`;
  if (c.retryAtMs !== null) return `every server failed; next try in ${formatMs(Math.max(0, c.retryAtMs - nowMs))}`;
  return c.state === 'closed' || c.state === 'expired' ? 'no server' : 'between servers';
}

/** What the ensemble did with the session, when it ended there (the client may not know). */
export function sessionEndWords(end: SessionEnd | undefined): string | null {
  if (!end) return null;
  const gone = end.deletedPaths.length > 0 ? `ephemerals deleted: ${end.deletedPaths.join(', ')}` : 'it owned no ephemerals';
  return end.reason === 'expired' ? `The ensemble expired the session (no heartbeat within its timeout); ${gone}.` : `The session was closed; ${gone}.`;
}
