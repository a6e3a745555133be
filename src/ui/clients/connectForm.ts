import { CLIENT_NAME_PATTERN, type ServerId } from '../../driver/index.ts';

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

const group = (n: number) => n.toLocaleString('en-US');

export function timeoutRangeWords(limits: ConnectLimits): string {
  const lo = limits.minTimeoutMs / limits.tickTimeMs;
  const hi = limits.maxTimeoutMs / limits.tickTimeMs;
  return `${group(limits.minTimeoutMs)}–${group(limits.maxTimeoutMs)} ms (${lo} to ${hi} × tickTime ${group(limits.tickTimeMs)} ms)`;
}

export function validateConnect(draft: ConnectDraft, limits: ConnectLimits): ConnectCheck {
  const errors: Partial<Record<ConnectField, string>> = {};
  const name = draft.name.trim();
  if (!CLIENT_NAME_PATTERN.test(name)) errors.name = 'A name is a letter, then up to 15 letters, digits, "-" or "_".';
  else if (limits.taken.includes(name)) errors.name = `There is a client named ${name} already.`;
  const server = Number(draft.server);
  if (!limits.ids.includes(server)) errors.server = 'Pick a server to connect to.';
  const t = draft.timeoutMs.trim().replace(/[,_\s]/g, '');
  const timeoutMs = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!(timeoutMs >= limits.minTimeoutMs && timeoutMs <= limits.maxTimeoutMs)) {
    errors.timeoutMs = `The session timeout must be a whole number of ms within ${timeoutRangeWords(limits)}.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, name, server, timeoutMs };
}
