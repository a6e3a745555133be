import type { ClusterSettings } from '../core/config.ts';
import type { ServerId } from '../core/types.ts';
import type { LinkRef } from '../net/network.ts';

// Plain words for what the user did, logged beside the servers' own narrated events.

function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** The timeout that reveals a silent server under these settings, in words. */
export function detectionText(settings: ClusterSettings): string {
  if (settings.detector === 'all-to-all') return `the heartbeat timeout, ${ms(settings.timeoutMs)}`;
  const limitMs = settings.syncLimitTicks * settings.tickTimeMs;
  return `syncLimit ${settings.syncLimitTicks} × tickTime ${ms(settings.tickTimeMs)} = ${ms(limitMs)}`;
}

export function narrateCrash(id: ServerId, wasLeading: boolean, settings: ClusterSettings): string {
  const who = wasLeading ? `leader ${id}` : `server ${id}`;
  return `You crashed ${who}: its host went silent, so the others will notice only when their timeouts run out (${detectionText(settings)}).`;
}

export function narrateKill(id: ServerId): string {
  return `You killed server ${id}'s process: its host is still up and resets every connection, so the others notice at once.`;
}

export function narratePause(id: ServerId): string {
  return `You paused server ${id}, like a long garbage-collection pause: it stops working, its timers freeze and messages to it queue up.`;
}

export function narrateResume(id: ServerId): string {
  return `Server ${id} resumes: it works through the messages that queued up and its overdue timers.`;
}

export function narrateIsolate(id: ServerId): string {
  return `You isolated server ${id}: it keeps running, but no message gets in or out.`;
}

function arrow(link: LinkRef, both: boolean): string {
  return `${link.from} ${both ? '↔' : '→'} ${link.to}`;
}

export function narrateCut(link: LinkRef, both: boolean): string {
  return `You cut the link ${arrow(link, both)}${both ? ' (both ways)' : ' (one way)'}.`;
}

export function narrateRestore(link: LinkRef, both: boolean): string {
  return `The link ${arrow(link, both)} is back.`;
}

export function narratePartition(groups: ServerId[][]): string {
  return `You split the network: ${groups.map((g) => `{${g.join(', ')}}`).join(' | ')}. Only servers in the same group can talk.`;
}

export function narrateDrop(ratePercent: number, link?: LinkRef): string {
  return `Packet loss ${ratePercent}% on ${link ? `link ${arrow(link, false)}` : 'every link'} (TCP resends, so loss shows up as delay).`;
}

export function narrateDelay(latencyMs: number, jitterMs: number, link?: LinkRef): string {
  return `Latency ${ms(latencyMs)} ± ${ms(jitterMs)} on ${link ? `link ${arrow(link, false)}` : 'every link'}.`;
}
