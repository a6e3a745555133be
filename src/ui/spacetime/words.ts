import type { LoggedMessage, MessageKind, MessageSummary } from '../../driver/index.ts';
import type { FaultAction, RoleBand, TimerMark } from '../../store/index.ts';
import { formatAge, formatZxid } from '../format.ts';

// The diagram's words, rendered from its data: role bands, timer reasons, fault marks and a
// message's contents. Nothing here is parsed back.

export function bandWord(band: RoleBand): string {
  const epoch = band.epoch === null ? '' : ` e${band.epoch}`;
  switch (band.role) {
    case 'leading':
      return band.established ? `leader${epoch}` : `leader${epoch} · syncing`;
    case 'following':
      return band.established ? `follower${epoch}` : `follower of ${band.leader ?? '?'} · syncing`;
    case 'observing':
      return band.established ? `observer${epoch}` : `observer of ${band.leader ?? '?'} · syncing`;
    case 'looking':
      return 'looking';
    case 'down':
      return 'down';
    case 'paused':
      return 'paused';
  }
}

/** What the timer decided, in the terms of the configuration: "syncLimit × tickTime passed". */
export function timerWord(mark: TimerMark): string {
  switch (mark.reason) {
    case 'leader-silent':
      return mark.limitName === 'initLimit' ? 'initLimit × tickTime passed' : 'syncLimit × tickTime passed';
    case 'heartbeat-timeout':
      return 'heartbeat timeout passed';
    case 'learner-silent':
      return 'learner silent: syncLimit × tickTime';
    case 'proposal-unacked':
      return 'proposal un-acked: syncLimit × tickTime';
    case 'init-limit':
      return 'initLimit × tickTime: no quorum';
    case 'not-synced':
      return 'lost its synced quorum';
  }
}

/** The rule's words from the fullest to the shortest, for the room there is: the first always names the limit. */
export function timerWordings(mark: TimerMark): string[] {
  const silence = silenceWord(mark);
  const rule = timerWord(mark);
  const short = rule.replace(/ passed$/, '');
  return [...(silence ? [`${silence}: ${rule}`] : []), rule, ...(short !== rule ? [short] : [])];
}

/** "silent 10.0 s" for the bracket over the silence, when the record says how long. */
export function silenceWord(mark: TimerMark): string | null {
  if (mark.silentMs === null) return null;
  const what = mark.reason === 'proposal-unacked' ? 'un-acked' : 'silent';
  return `${what} ${formatAge(mark.silentMs)}`;
}

const faultWords: Record<FaultAction, string> = {
  crash: 'crash',
  kill: 'kill',
  pause: 'pause',
  resume: 'resume',
  restart: 'restart',
  isolate: 'isolate',
  cut: 'cut',
  'restore-link': 'link back',
  partition: 'partition',
  heal: 'heal',
  drop: 'loss',
  delay: 'delay',
};

export function faultWord(action: FaultAction, peers: readonly number[]): string {
  const word = faultWords[action];
  return (action === 'cut' || action === 'restore-link') && peers.length === 1 ? `${word} → ${peers[0]}` : word;
}

export const kindWords: Record<MessageKind, string> = {
  ping: 'ping',
  notification: 'vote (notification)',
  sync: 'Zab sync',
  broadcast: 'proposal · ack · commit',
  client: 'client request',
  heartbeat: 'heartbeat',
  connection: 'close · reset',
};

/** The legend's short words (the details box uses the long ones). */
export const kindLegendWords: Record<MessageKind, string> = {
  ping: 'ping',
  notification: 'vote',
  sync: 'sync',
  broadcast: 'write',
  client: 'client',
  heartbeat: 'heartbeat',
  connection: 'close',
};

type Field = [label: string, value: string];

const zxid = (z: number | null) => (z === null ? 'none' : formatZxid(z));

/** A message's contents as label and value pairs, for the details box. */
export function contentFields(summary: MessageSummary): Field[] {
  switch (summary.type) {
    case 'notification':
      return [
        ['votes for', String(summary.leader)],
        ['its zxid', zxid(summary.zxid)],
        ['election epoch', String(summary.electionEpoch)],
        ['peer epoch', String(summary.peerEpoch)],
        ['sender is', summary.state],
      ];
    case 'followerinfo':
      return [['accepted epoch', String(summary.acceptedEpoch)], ...(summary.observer ? ([['from', 'an observer']] as Field[]) : [])];
    case 'leaderinfo':
      return [['new epoch', String(summary.newEpoch)]];
    case 'ackepoch':
      return [
        ['current epoch', String(summary.currentEpoch)],
        ['last zxid', zxid(summary.lastZxid)],
      ];
    case 'diff':
    case 'trunc':
      return [
        [summary.type === 'diff' ? 'up to zxid' : 'truncate to', zxid(summary.zxid)],
        ['transactions', String(summary.txnCount)],
        ...(summary.lastTxnZxid === null ? [] : ([['last one', zxid(summary.lastTxnZxid)]] as Field[])),
      ];
    case 'snap':
      return [
        ['snapshot at', zxid(summary.zxid)],
        ['znodes', String(summary.znodes)],
        ['transactions after it', String(summary.txnCount)],
      ];
    case 'newleader':
      return [['epoch', String(summary.epoch)]];
    case 'ack':
    case 'commit':
      return [['zxid', zxid(summary.zxid)]];
    case 'uptodate':
    case 'rst':
      return [];
    case 'proposal':
    case 'inform':
      return [
        ['zxid', zxid(summary.zxid)],
        ['operation', summary.path === null ? summary.op : `${summary.op} ${summary.path}`],
      ];
    case 'ping':
      return [
        ['last proposed', zxid(summary.lastProposed)],
        ['sessions touched', String(summary.sessions)],
      ];
    case 'request':
      return [
        ['client', summary.client],
        ['request', String(summary.requestId)],
        ['operation', summary.path === null ? summary.op : `${summary.op} ${summary.path}`],
      ];
    case 'reply':
      return [
        ['client', summary.client],
        ['request', String(summary.requestId)],
        ['result', summary.result],
      ];
    case 'revalidate':
      return [
        ['client', summary.client],
        ['request', String(summary.requestId)],
      ];
    case 'close':
      return [['why', summary.reason.why === 'dropped' ? `dropped: ${summary.reason.drop.why}` : summary.reason.why]];
    case 'heartbeat':
      return [
        ['leader', summary.leader === null ? 'none' : String(summary.leader)],
        ['epoch', String(summary.epoch)],
      ];
  }
}

export function messageTitle(m: LoggedMessage): string {
  return `${m.type.toUpperCase()} ${m.from} → ${m.to}`;
}
