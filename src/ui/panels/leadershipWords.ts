import type { ClusterSettings } from '../../driver/index.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Leadership } from '../../store/index.ts';

// The leadership state in words: a short headline for the top bar and the sentence that explains
// it (who knows what, and how long until the next server finds out). The data comes from
// store/leadership.ts; the words from the page's catalog, in its language.

export interface LeadershipWords {
  headline: string;
  detail: string | null;
  tone: 'ok' | 'waiting' | 'bad';
}

/** Seconds with one decimal, as the countdown shows them. */
function seconds(ms: number): string {
  return `${(Math.ceil(ms / 100) / 10).toFixed(1)} s`;
}

/** The timeout that reveals the silence, from its length. */
export function limitKey(limitMs: number, settings: Pick<ClusterSettings, 'detector' | 'tickTimeMs' | 'syncLimitTicks' | 'initLimitTicks'>): MessageKey {
  if (settings.detector === 'all-to-all') return 'aftermath.leadership.limit.heartbeat';
  if (limitMs === settings.syncLimitTicks * settings.tickTimeMs) return 'aftermath.leadership.limit.sync';
  if (limitMs === settings.initLimitTicks * settings.tickTimeMs) return 'aftermath.leadership.limit.init';
  return 'aftermath.leadership.limit.read';
}

const STATUS_HEADLINE = { down: 'aftermath.leadership.leaderDown', paused: 'aftermath.leadership.leaderPaused', up: 'aftermath.leadership.leaderUp' } as const;

export function leadershipWords(l: Leadership, settings: Parameters<typeof limitKey>[1], t: Translate): LeadershipWords {
  switch (l.kind) {
    case 'starting':
      return { headline: t('leadership.starting'), detail: null, tone: 'waiting' };
    case 'serving': {
      const stale = l.stale.map((s) => t('aftermath.leadership.stale', { id: s.id, epoch: s.epoch })).join(' ');
      return { headline: t('leadership.serving', { leader: l.leader, epoch: l.epoch }), detail: stale || null, tone: 'ok' };
    }
    case 'unnoticed': {
      const until = t('aftermath.leadership.until', { left: seconds(l.leftMs), limit: t(limitKey(l.limitMs, settings)) });
      if (l.leaderStatus === 'up') {
        return { headline: t('aftermath.leadership.lostQuorum', { leader: l.leader }), detail: t('aftermath.leadership.lostQuorumDetail', { until }), tone: 'waiting' };
      }
      const detail = l.noticed.length === 0 ? t('aftermath.leadership.nobodyNoticed', { until }) : t('aftermath.leadership.someNoticed', { noticed: l.noticed.length, believers: l.believers.length, until });
      return { headline: t(STATUS_HEADLINE[l.leaderStatus], { leader: l.leader }), detail, tone: 'waiting' };
    }
    case 'establishing':
      return { headline: t('leadership.establishing', { leader: l.leader, epoch: l.epoch }), detail: t('leadership.establishingDetail', { synced: l.synced, needed: l.needed }), tone: 'waiting' };
    case 'quorum-lost':
      return { headline: t('aftermath.leadership.quorumLost'), detail: t('aftermath.leadership.quorumLostDetail', { up: l.up, needed: l.needed }), tone: 'bad' };
    case 'electing': {
      const poll = l.poll === null ? null : t(l.poll.deciding ? 'leadership.deciding' : 'leadership.nextRound', { left: seconds(l.poll.leftMs) });
      return { headline: t('leadership.electing'), detail: poll, tone: 'bad' };
    }
  }
}
