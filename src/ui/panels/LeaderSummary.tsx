import { useAppStore } from '../../store/hooks.ts';
import { useLeadershipWords } from './useLeadershipWords.ts';

// Who leads, in which epoch, and whether a quorum is even possible: the first thing a class reads.
// It says what the servers know: a crashed leader stays "the leader" to its followers until their
// timeout fires, and "no leader" appears only when no server leads an established quorum. A polite
// live region announces leader changes to screen readers.

export function LeaderSummary() {
  const leader = useAppStore((s) => s.leader);
  const quorum = useAppStore((s) => s.quorum);
  const started = useAppStore((s) => s.snapshot !== null);
  const view = useLeadershipWords();
  const quorumLost = started && quorum.up < quorum.needed;
  const announcement = !started ? '' : leader ? `Server ${leader.id} leads epoch ${leader.epoch}.` : view.headline;
  return (
    <section
      className={`leader-summary tone-${view.tone}${leader ? ' has-leader' : ''}`}
      data-testid="leader"
      data-leader-id={leader ? String(leader.id) : ''}
      data-epoch={leader ? String(leader.epoch) : ''}
      data-state={view.kind}
      aria-label="Leader and quorum"
    >
      <div className="leader-main">
        {leader ? (
          <>
            <span className="leader-star" aria-hidden="true">★</span>
            <span>
              Leader <strong className="leader-id">{leader.id}</strong>
            </span>
            <span className="leader-epoch">epoch {leader.epoch}</span>
          </>
        ) : (
          <span className={view.tone === 'bad' ? 'no-leader' : 'leader-pending'}>{view.headline}</span>
        )}
      </div>
      <div className={`quorum${quorumLost ? ' quorum-lost' : ''}`}>
        quorum <strong>{quorum.needed}</strong> of {quorum.voters} · <strong>{quorum.up}</strong> up
      </div>
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </section>
  );
}
