import type { SkipReason } from '../../../host/actionRecords.ts';
import type { SimCluster } from '../../cluster.ts';
import type { Action } from '../types.ts';

/**
 * Why a client step cannot run (the client never connected, or its name is taken), or null. The
 * parser refuses both already; this stays for scripts built as data rather than parsed.
 */
export function refusedClientStep(cluster: SimCluster, a: Action): SkipReason | null {
  if (a.type === 'connect') return cluster.hasClient(a.client) ? { why: 'client-exists', client: a.client } : null;
  if ('client' in a && !cluster.hasClient(a.client)) return { why: 'no-such-client', client: a.client };
  return null;
}
