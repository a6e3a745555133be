import type { ClusterSettings } from '../../driver/index.ts';
import type { Leadership } from '../../store/index.ts';

// The leadership state in words: a short headline for the top bar and the sentence that explains
// it (who knows what, and how long until the next server finds out). English for now; the data
// comes from store/leadership.ts, so a second language renders the same fields.

export interface LeadershipWords {
  headline: string;
  detail: string | null;
  tone: 'ok' | 'waiting' | 'bad';
}

/** Seconds with one decimal, as the countdown shows them. */
function seconds(ms: number): string {
  return `${(Math.ceil(ms / 100) / 10).toFixed(1)} s`;
}

/** The name of the timeout that reveals the silence, from its length. */
export function limitName(limitMs: number, settings: Pick<ClusterSettings, 'detector' | 'tickTimeMs' | 'syncLimitTicks' | 'initLimitTicks'>): string {
  if (settings.detector === 'all-to-all') return 'the heartbeat timeout';
  if (limitMs === settings.syncLimitTicks * settings.tickTimeMs) return 'syncLimit × tickTime';
  if (limitMs === settings.initLimitTicks * settings.tickTimeMs) return 'initLimit × tickTime';
  return 'the read timeout';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function leadershipWords(l: Leadership, settings: Parameters<typeof limitName>[1]): LeadershipWords {
  switch (l.kind) {
    case 'starting':
      return { headline: 'Starting…', detail: null, tone: 'waiting' };
    case 'serving': {
      const stale = l.stale.map((s) => `Server ${s.id} still thinks it leads epoch ${s.epoch}: it has not noticed it was deposed.`).join(' ');
      return { headline: `Leader ${l.leader} · epoch ${l.epoch}`, detail: stale || null, tone: 'ok' };
    }
    case 'unnoticed': {
      const until = `${seconds(l.leftMs)} until ${limitName(l.limitMs, settings)}`;
      if (l.leaderStatus === 'up') {
        return { headline: `Leader ${l.leader} has lost its quorum`, detail: `It has not noticed yet: ${until}, then it steps down.`, tone: 'waiting' };
      }
      const who = l.noticed.length === 0 ? 'its followers have not noticed yet' : `${plural(l.noticed.length, 'server noticed', 'servers noticed')} and ${l.noticed.length === 1 ? 'is' : 'are'} electing; ${plural(l.believers.length, 'still follows', 'still follow')} it`;
      return { headline: `Leader ${l.leader} is ${l.leaderStatus}`, detail: `${capitalise(who)}: ${until}.`, tone: 'waiting' };
    }
    case 'establishing':
      return { headline: `Server ${l.leader} elected · epoch ${l.epoch}`, detail: `Syncing its followers: ${l.synced} of the ${l.needed} it needs for a quorum.`, tone: 'waiting' };
    case 'quorum-lost':
      return { headline: 'No leader: quorum lost', detail: `${plural(l.up, 'voter is', 'voters are')} up; a quorum needs ${l.needed}.`, tone: 'bad' };
    case 'electing': {
      const poll = l.poll === null ? null : l.poll.deciding ? `A quorum agrees: deciding in ${seconds(l.poll.leftMs)} (finalizeWait).` : `Next round of notifications in ${seconds(l.poll.leftMs)} (the back-off doubles each round).`;
      return { headline: 'No leader: electing…', detail: poll, tone: 'bad' };
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
