import { CLIENT_NAME_PATTERN, type ServerId } from '../../driver/index.ts';
import type { Translate } from '../../i18n/translate.ts';

// The connect form: a client name (c1, c2… by default), the server to try first, and a session
// timeout, which ZooKeeper negotiates into [minSessionTimeout, maxSessionTimeout] (2 and 20 ×
// tickTime by default). Here a timeout outside that range is refused with the range, rather than
// silently clamped, so the lesson "the server bounds your timeout" is spelled out.

export interface ConnectDraft {
  name: string;
  server: string;
  timeoutMs: string;
}

export interface ConnectLimits {
  ids: readonly ServerId[];
  /** Names already used (clients reported and connects already asked for). */
  taken: readonly string[];
  minTimeoutMs: number;
  maxTimeoutMs: number;
  tickTimeMs: number;
}

export type ConnectField = keyof ConnectDraft;
export type ConnectCheck = { ok: true; name: string; server: ServerId; timeoutMs: number } | { ok: false; errors: Partial<Record<ConnectField, string>> };

/** c1, c2, …: one past the highest cN in use. */
export function nextClientName(taken: readonly string[]): string {
  let highest = 0;
  for (const name of taken) {
    const m = /^c(\d+)$/.exec(name);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `c${highest + 1}`;
}

export function timeoutRangeWords(limits: ConnectLimits, t: Translate): string {
  const lo = limits.minTimeoutMs / limits.tickTimeMs;
  const hi = limits.maxTimeoutMs / limits.tickTimeMs;
  return t('clients.connect.range', { minMs: limits.minTimeoutMs, maxMs: limits.maxTimeoutMs, lo, hi, tickMs: limits.tickTimeMs });
}

export function validateConnect(draft: ConnectDraft, limits: ConnectLimits, t: Translate): ConnectCheck {
  const errors: Partial<Record<ConnectField, string>> = {};
  const name = draft.name.trim();
  if (!CLIENT_NAME_PATTERN.test(name)) errors.name = t('clients.check.name');
  else if (limits.taken.includes(name)) errors.name = t('clients.check.nameTaken', { name });
  const server = Number(draft.server);
  if (!limits.ids.includes(server)) errors.server = t('clients.check.server');
  const typed = draft.timeoutMs.trim().replace(/[,_\s]/g, '');
  const timeoutMs = /^\d+$/.test(typed) ? Number(typed) : NaN;
  if (!(timeoutMs >= limits.minTimeoutMs && timeoutMs <= limits.maxTimeoutMs)) {
    errors.timeoutMs = t('clients.check.timeout', { range: timeoutRangeWords(limits, t) });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, name, server, timeoutMs };
}
