import { useLeadershipWords } from './useLeadershipWords.ts';
import { useT } from '../i18n/useT.ts';

// Under the fault strip, the sentence behind the headline: who has noticed what, and the countdown
// to the timeout that will tell the rest. Always one line tall, so the ring below never moves.

export function LeadershipBanner() {
  const view = useLeadershipWords();
  const t = useT();
  const headline = t('leadership.sentence', { headline: view.headline });
  const text = view.detail === null ? headline : `${headline} ${view.detail}`;
  return (
    <div className={`leadership-banner tone-${view.tone}`} data-testid="leadership-banner" data-state={view.kind} title={text} aria-live="off">
      <strong>{headline}</strong> {view.detail ?? (view.kind === 'serving' ? t('leadership.servingDetail') : '')}
    </div>
  );
}
