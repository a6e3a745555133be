import { sameMessage } from '../i18n/message.ts';
import { narrate } from '../narrate/narration.ts';
import type { PageNotice } from './types.ts';

// A notice is shown once: the same sentence, the same message with the same arguments, or a record
// that says the same (two servers' disks in memory for the same reason).

export function sameNotice(a: PageNotice, b: PageNotice): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if ('record' in a || 'record' in b) return 'record' in a && 'record' in b && narrate(a.record) === narrate(b.record);
  return sameMessage(a, b);
}

export function hasNotice(list: readonly PageNotice[], notice: PageNotice): boolean {
  return list.some((n) => sameNotice(n, notice));
}
