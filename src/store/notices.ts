import { sameMessage } from '../i18n/message.ts';
import type { PageNotice } from './types.ts';

// A notice is shown once: the same sentence, or the same message with the same arguments.

export function sameNotice(a: PageNotice, b: PageNotice): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return sameMessage(a, b);
}

export function hasNotice(list: readonly PageNotice[], notice: PageNotice): boolean {
  return list.some((n) => sameNotice(n, notice));
}
