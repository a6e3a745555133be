import { useClockedSelector } from '../../store/hooks.ts';
import { leadership } from '../../store/index.ts';
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

export function useLeadershipWords(): LeadershipView {
  const t = useT();
  return useClockedSelector((s, nowMs) => {
    const l = leadership(shown(s).snapshot?.nodes ?? [], s.spec.settings, Math.floor(nowMs / 100) * 100);
    const words = leadershipWords(l, s.spec.settings, t);
    return { kind: l.kind, headline: words.headline, detail: words.detail, tone: words.tone };
  });
}
