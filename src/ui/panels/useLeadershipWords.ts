import { useClockedSelector } from '../../store/hooks.ts';
import { leadership, type Leadership } from '../../store/index.ts';
import type { AppState } from '../../store/types.ts';
import { leadershipWords } from './leadershipWords.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The leadership state and its words at this frame, as primitives: the countdown moves in tenths
// of a second, so the headline re-renders ten times a simulated second at most.

export interface LeadershipView {
  kind: string;
  headline: string;
  detail: string | null;
  tone: 'ok' | 'waiting' | 'bad';
}

/** The leadership state the readout draws at this moment. */
function leadershipNow(s: AppState, nowMs: number): Leadership {
  return leadership(shown(s).snapshot?.nodes ?? [], s.spec.settings, Math.floor(nowMs / 100) * 100);
}

export function useLeadershipWords(): LeadershipView {
  const t = useT();
  return useClockedSelector((s, nowMs) => {
    const l = leadershipNow(s, nowMs);
    const words = leadershipWords(l, s.spec.settings, t);
    return { kind: l.kind, headline: words.headline, detail: words.detail, tone: words.tone };
  });
}

/** Whether the readout draws a serving leader now: what the page waits for before it fetches what comes after the first screen. */
export function useLeaderServing(): boolean {
  return useClockedSelector((s, nowMs) => leadershipNow(s, nowMs).kind === 'serving');
}
