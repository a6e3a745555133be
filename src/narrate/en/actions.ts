import type { ActionRecord, Detection, ScriptRecord, SkipReason } from '../../host/actionRecords.ts';
import type { RecordOf } from '../../host/records.ts';
import type { ActiveFault, LinkRef } from '../../net/network.ts';
import type { Sentences } from '../language.ts';
import { formatMs, formatPercent } from '../format.ts';
import { tickLimitText } from '../shared/limits.ts';
import { unreachable } from '../shared/unreachable.ts';
import { refusalText } from './refusals.ts';
import { groupList } from '../shared/ids.ts';

// What people and scripts did, in English: their actions on servers and links, the faults in force,
// a script's steps. The page loads these with the first of them (src/narrate/narration.ts).

function detectionText(d: Detection): string {
  if (d.detector === 'all-to-all') return `the heartbeat timeout, ${formatMs(d.timeoutMs)}`;
  return `${tickLimitText(d.limit)} = ${formatMs(d.limit.ticks * d.limit.tickTimeMs)}`;
}

function arrow(link: LinkRef, both: boolean): string {
  return `${link.from} ${both ? '↔' : '→'} ${link.to}`;
}

function onLinks(link: LinkRef | null, all: string): string {
  return link ? `link ${arrow(link, false)}` : all;
}

export function faultText(f: ActiveFault): string {
  switch (f.kind) {
    case 'partition':
      return `Partition ${groupList(f.groups, ',')}`;
    case 'cut':
      return `Link ${arrow(f, f.both)} cut (${f.both ? 'both ways' : 'one way'})`;
    case 'drop':
      return `Drop ${formatPercent(f.rate)} on ${onLinks(f.link, 'all links')}`;
    case 'delay': {
      const delay = f.jitterMs > 0 ? `Delay ${formatMs(f.latencyMs)} + up to ${formatMs(f.jitterMs)} jitter` : `Delay ${formatMs(f.latencyMs)}`;
      return `${delay} on ${onLinks(f.link, 'all links')}`;
    }
    case 'duplicate':
      return `Duplicate ${formatPercent(f.rate)} of messages`;
    default:
      return unreachable(f);
  }
}

function skipText(r: SkipReason, statement: string): string {
  switch (r.why) {
    case 'no-matching-server':
      return `no server matches "${statement}"`;
    case 'client-exists':
      return `there is already a client ${r.client}`;
    case 'no-such-client':
      return `no client ${r.client} has connected`;
    default:
      return unreachable(r);
  }
}

function scriptFault(e: RecordOf<'fault'>): string {
  const leader = e.leader === undefined ? '' : e.leader === null ? ' (there is no leader)' : ` (the leader is server ${e.leader})`;
  return `At ${formatMs(e.t)}: ${e.statement}${leader}`;
}

export const actionSentences: Pick<Sentences, (ActionRecord | ScriptRecord)['kind']> = {
  crash: (e) => `You crashed ${e.wasLeading ? 'leader' : 'server'} ${e.node}: its host went silent, so the others will notice only when their timeouts run out (${detectionText(e.detection)}).`,
  kill: (e) => `You killed server ${e.node}'s process: its host is still up and resets every connection, so the others notice at once.`,
  pause: (e) => `You paused server ${e.node}, like a long garbage-collection pause: it stops working, its timers freeze and messages to it queue up.`,
  resume: (e) => `Server ${e.node} resumes: it works through the messages that queued up and its overdue timers.`,
  isolate: (e) => `You isolated server ${e.node}: it keeps running, but no message gets in or out.`,
  cut: (e) => `You cut the link ${arrow(e.link, e.both)} (${e.both ? 'both ways' : 'one way'}).`,
  'restore-link': (e) => `The link ${arrow(e.link, e.both)} is back.`,
  partition: (e) => `You split the network: ${groupList(e.groups)}. Only servers in the same group can talk.`,
  heal: (e) => (e.fault ? `Healed: ${faultText(e.fault)}.` : 'Every link is back; drop and delay are back to normal.'),
  drop: (e) => `Packet loss ${e.ratePercent}% on ${onLinks(e.link, 'every link')} (TCP resends, so loss shows up as delay).`,
  delay: (e) => `Latency ${formatMs(e.latencyMs)} ± ${formatMs(e.jitterMs)} on ${onLinks(e.link, 'every link')}.`,
  refused: (e) => `Not done: ${refusalText(e.refusal)}.`,
  fault: scriptFault,
  'step-skipped': (e) => `  (${skipText(e.reason, e.statement)}: nothing done)`,
};
