import type { LoggedMessage, MessageKind, MessageSummary } from '../../driver/index.ts';
import type { FaultAction, RoleBand, TimerMark } from '../../store/index.ts';
import { code } from '../../i18n/codeText.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { formatAge, formatZxid } from '../format.ts';

// The diagram's words, rendered from its data: role bands, timer reasons, fault marks and a
// message's contents. Nothing here is parsed back.

export function bandWord(band: RoleBand, t: Translate): string {
  const epoch = band.epoch === null ? '' : t('spacetime.band.epoch', { epoch: band.epoch });
  const leader = band.leader ?? '?';
  switch (band.role) {
    case 'leading':
      return t(band.established ? 'spacetime.band.leading' : 'spacetime.band.leadingSyncing', { epoch });
    case 'following':
      return band.established ? t('spacetime.band.following', { epoch }) : t('spacetime.band.followingSyncing', { leader });
    case 'observing':
      return band.established ? t('spacetime.band.observing', { epoch }) : t('spacetime.band.observingSyncing', { leader });
    case 'looking':
      return t('spacetime.band.looking');
    case 'down':
      return t('spacetime.band.down');
    case 'paused':
      return t('spacetime.band.paused');
    case 'unresponsive':
      return t('spacetime.band.unresponsive');
  }
}

/** What the timer decided, in the terms of the configuration, in full and (where there is one) short. */
function timerRule(mark: TimerMark): { full: MessageKey; short: MessageKey | null } {
  switch (mark.reason) {
    case 'leader-silent':
      return mark.limitName === 'initLimit' ? { full: 'spacetime.timer.initLimit', short: 'spacetime.timer.initLimitShort' } : { full: 'spacetime.timer.syncLimit', short: 'spacetime.timer.syncLimitShort' };
    case 'heartbeat-timeout':
      return { full: 'spacetime.timer.heartbeat', short: 'spacetime.timer.heartbeatShort' };
    case 'learner-silent':
      return { full: 'spacetime.timer.learnerSilent', short: null };
    case 'proposal-unacked':
      return { full: 'spacetime.timer.proposalUnacked', short: null };
    case 'init-limit':
      return { full: 'spacetime.timer.initLimitNoQuorum', short: null };
    case 'not-synced':
      return { full: 'spacetime.timer.notSynced', short: null };
  }
}

/** "syncLimit × tickTime passed". */
export function timerWord(mark: TimerMark, t: Translate): string {
  return t(timerRule(mark).full);
}

/** The rule's words from the fullest to the shortest, for the room there is: the first always names the limit. */
export function timerWordings(mark: TimerMark, t: Translate): string[] {
  const silence = silenceWord(mark, t);
  const { full, short } = timerRule(mark);
  const rule = t(full);
  return [...(silence ? [t('spacetime.timer.withSilence', { silence, rule })] : []), rule, ...(short ? [t(short)] : [])];
}

/** "silent 10.0 s" for the bracket over the silence, when the record says how long. */
export function silenceWord(mark: TimerMark, t: Translate): string | null {
  if (mark.silentMs === null) return null;
  const age = formatAge(mark.silentMs);
  return mark.reason === 'proposal-unacked' ? t('spacetime.timer.unacked', { age }) : t('spacetime.timer.silent', { age });
}

export function faultWord(action: FaultAction, peers: readonly number[], t: Translate): string {
  const word = t(`spacetime.fault.${action}`);
  return (action === 'cut' || action === 'restore-link') && peers.length === 1 ? t('spacetime.fault.toPeer', { fault: word, peer: peers[0] }) : word;
}

/** The details box's words for a message kind. */
export function kindWord(kind: MessageKind, t: Translate): string {
  return t(`spacetime.kind.${kind}`);
}

/** The legend's short words (the details box uses the long ones). */
export function kindLegendWord(kind: MessageKind, t: Translate): string {
  return t(`spacetime.legend.${kind}`);
}

/** A label and its value; the program's own words in a value (an op, a reason, a client) are code() (src/i18n/codeText.ts). */
export type Field = [label: string, value: string];

/** A message's contents as label and value pairs, for the details box. */
export function contentFields(summary: MessageSummary, t: Translate): Field[] {
  const zxid = (z: number | null) => (z === null ? t('spacetime.field.none') : formatZxid(z));
  const op = (gist: { op: string; path: string | null }): Field => [t('spacetime.field.operation'), code(gist.path === null ? gist.op : `${gist.op} ${gist.path}`)];
  switch (summary.type) {
    case 'notification':
      return [
        [t('spacetime.field.votesFor'), String(summary.leader)],
        [t('spacetime.field.itsZxid'), zxid(summary.zxid)],
        [t('spacetime.field.electionEpoch'), String(summary.electionEpoch)],
        [t('spacetime.field.peerEpoch'), String(summary.peerEpoch)],
        // ZooKeeper's own state names (LOOKING, FOLLOWING, …), as its logs write them.
        [t('spacetime.field.senderIs'), summary.state.toUpperCase()],
      ];
    case 'followerinfo':
      return [[t('spacetime.field.acceptedEpoch'), String(summary.acceptedEpoch)], ...(summary.observer ? ([[t('spacetime.field.from'), t('spacetime.field.anObserver')]] as Field[]) : [])];
    case 'leaderinfo':
      return [[t('spacetime.field.newEpoch'), String(summary.newEpoch)]];
    case 'ackepoch':
      return [
        [t('spacetime.field.currentEpoch'), String(summary.currentEpoch)],
        [t('spacetime.field.lastZxid'), zxid(summary.lastZxid)],
      ];
    case 'diff':
    case 'trunc':
      return [
        [t(summary.type === 'diff' ? 'spacetime.field.upToZxid' : 'spacetime.field.truncateTo'), zxid(summary.zxid)],
        [t('spacetime.field.transactions'), String(summary.txnCount)],
        ...(summary.lastTxnZxid === null ? [] : ([[t('spacetime.field.lastOne'), zxid(summary.lastTxnZxid)]] as Field[])),
      ];
    case 'snap':
      return [
        [t('spacetime.field.snapshotAt'), zxid(summary.zxid)],
        [t('spacetime.field.znodes'), String(summary.znodes)],
        [t('spacetime.field.txnsAfter'), String(summary.txnCount)],
      ];
    case 'newleader':
      return [[t('spacetime.field.epoch'), String(summary.epoch)]];
    case 'ack':
    case 'commit':
      return [[t('spacetime.field.zxid'), zxid(summary.zxid)]];
    case 'uptodate':
    case 'rst':
      return [];
    case 'proposal':
    case 'inform':
      return [[t('spacetime.field.zxid'), zxid(summary.zxid)], op(summary)];
    case 'ping':
      return [
        [t('spacetime.field.lastProposed'), zxid(summary.lastProposed)],
        [t('spacetime.field.sessionsTouched'), String(summary.sessions)],
      ];
    case 'request':
      return [[t('spacetime.field.client'), code(summary.client)], [t('spacetime.field.request'), String(summary.requestId)], op(summary)];
    case 'reply':
      return [
        [t('spacetime.field.client'), code(summary.client)],
        [t('spacetime.field.request'), String(summary.requestId)],
        [t('spacetime.field.result'), code(summary.result)],
      ];
    case 'revalidate':
      return [
        [t('spacetime.field.client'), code(summary.client)],
        [t('spacetime.field.request'), String(summary.requestId)],
      ];
    case 'close':
      return [[t('spacetime.field.why'), summary.reason.why === 'dropped' ? t('spacetime.field.dropped', { why: code(summary.reason.drop.why) }) : code(summary.reason.why)]];
    case 'heartbeat':
      return [
        [t('spacetime.field.leader'), summary.leader === null ? t('spacetime.field.none') : String(summary.leader)],
        [t('spacetime.field.epoch'), String(summary.epoch)],
      ];
  }
}

export function messageTitle(m: LoggedMessage): string {
  return `${m.type.toUpperCase()} ${m.from} → ${m.to}`;
}
