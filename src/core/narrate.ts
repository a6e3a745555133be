import { formatZxid } from './zxid.ts';
import type { ServerId, TxnOp } from './types.ts';

// Plain-words helpers shared by every narrated event.

export function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

export function idList(ids: Iterable<ServerId>): string {
  const list = [...ids];
  if (list.length === 0) return 'none';
  // Ack sets usually arrive in order already; sort only when they did not.
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]! > list[i]!) {
      list.sort((a, b) => a - b);
      break;
    }
  }
  return list.join(', ');
}

export function describeOp(op: TxnOp): string {
  switch (op.type) {
    case 'create':
      return `create ${op.path}${op.ephemeralOwner ? ' (ephemeral)' : ''}`;
    case 'set':
      return `set ${op.path}`;
    case 'delete':
      return `delete ${op.path}`;
    case 'createSession':
      return `open session ${formatSession(op.sessionId)} for ${op.client}`;
    case 'closeSession':
      return `${op.reason === 'expired' ? 'expire' : 'close'} session ${formatSession(op.sessionId)}`;
  }
}

export function formatSession(sessionId: number): string {
  return '0x' + sessionId.toString(16);
}

export { formatZxid };
