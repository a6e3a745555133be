import type { Refusal } from '../../net/refusal.ts';
import { unreachable } from '../shared/unreachable.ts';

// Why the cluster refused a command (src/net/refusal.ts), in English.

const RATES: Record<Extract<Refusal, { why: 'bad-rate' }>['what'], string> = { drop: 'drop rate', duplicate: 'duplicate rate' };

export function refusalText(r: Refusal): string {
  switch (r.why) {
    case 'bad-server-id':
      return `server id must be an integer in 1..${r.maxId}, got ${r.id}`;
    case 'no-server':
      return `there is no server ${r.server} in this cluster`;
    case 'same-server-link':
      return `a link joins two different servers, got ${r.from} → ${r.to}`;
    case 'server-twice':
      return `server ${r.server} appears twice in one partition group`;
    case 'empty-partition':
      return 'a partition needs at least one non-empty group';
    case 'bad-rate':
      return `${RATES[r.what]} must be in [0, 1], got ${r.rate}`;
    case 'bad-ms':
      return `${r.what} must be a finite number ≥ 0, got ${r.value}`;
    case 'bad-drop-percent':
      return `a drop rate is a percentage from 0 to 100, got ${r.ratePercent}`;
    case 'bad-session-timeout':
      return `a session timeout must be a positive number of ms, got ${r.timeoutMs}`;
    case 'no-fault':
      return `there is no fault ${r.faultId} to heal (it may have healed already)`;
    case 'client-exists':
      return `client ${r.client} already exists`;
    case 'no-client':
      return `there is no client ${r.client}`;
    case 'client-starting':
      return `client ${r.client} is still starting (its code is loading); try again in a moment`;
    case 'server-running':
      return `server ${r.server} is running: stop it before replacing its disk`;
    case 'failed':
      return r.error;
    default:
      return unreachable(r);
  }
}
