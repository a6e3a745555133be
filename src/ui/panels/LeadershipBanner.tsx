import { useLeadershipWords } from './useLeadershipWords.ts';

// Under the fault strip, the sentence behind the headline: who has noticed what, and the countdown
// to the timeout that will tell the rest. Always one line tall, so the ring below never moves.

export function LeadershipBanner() {
  const view = useLeadershipWords();
  const text = view.detail === null ? `${view.headline}.` : `${view.headline}. ${view.detail}`;
  return (
    <div className={`leadership-banner tone-${view.tone}`} data-testid="leadership-banner" data-state={view.kind} title={text} aria-live="off">
      <strong>{view.headline}.</strong> {view.detail ?? (view.kind === 'serving' ? 'An established quorum follows it.' : '')}
    </div>
  );
}
