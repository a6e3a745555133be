import { useEffect } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { markFirstLeaderDrawn } from './firstLeaderDrawn.ts';
import { shown } from '../../store/shown.ts';
import { useLeadershipWords } from './useLeadershipWords.ts';
import { useT } from '../i18n/useT.ts';
import { RichText } from '../i18n/RichText.tsx';

// Who leads, in which epoch, and whether a quorum is even possible: the first thing a class reads.
// It says what the servers know: a crashed leader stays "the leader" to its followers until their
// timeout fires, and "no leader" appears only when no server leads an established quorum. A polite
// live region announces leader changes to screen readers.

export function LeaderSummary() {
  const leader = useAppStore((s) => shown(s).leader);
  const quorum = useAppStore((s) => shown(s).quorum);
  const started = useAppStore((s) => shown(s).snapshot !== null);
  const view = useLeadershipWords();
  const t = useT();
  const quorumLost = started && quorum.up < quorum.needed;
  const announcement = !started ? '' : leader ? t('leader.announce', { id: leader.id, epoch: leader.epoch }) : view.headline;
  useEffect(() => {
    if (view.kind === 'serving') markFirstLeaderDrawn();
  }, [view.kind]);
  return (
    <section
      className={`leader-summary tone-${view.tone}${leader ? ' has-leader' : ''}`}
      data-testid="leader"
      data-leader-id={leader ? String(leader.id) : ''}
      data-epoch={leader ? String(leader.epoch) : ''}
      data-state={view.kind}
      aria-label={t('leader.label')}
    >
      <div className="leader-main">
        {leader ? (
          <>
            <span className="leader-star" aria-hidden="true">★</span>
            <span>
              {t('leader.leader')} <strong className="leader-id">{leader.id}</strong>
            </span>
            <span className="leader-epoch">{t('leader.epoch', { epoch: leader.epoch })}</span>
          </>
        ) : (
          <span className={view.tone === 'bad' ? 'no-leader' : 'leader-pending'}>{view.headline}</span>
        )}
      </div>
      <div className={`quorum${quorumLost ? ' quorum-lost' : ''}`}>
        <RichText id="leader.quorum" values={{ needed: quorum.needed, voters: quorum.voters, up: quorum.up }} strong={['needed', 'up']} />
      </div>
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </section>
  );
}
