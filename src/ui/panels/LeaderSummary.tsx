import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';

// Who leads, in which epoch, and whether a quorum is even possible: the first thing a class reads.
// A polite live region announces leader changes to screen readers.

export function LeaderSummary() {
  const leader = useAppStore((s) => shown(s).leader);
  const quorum = useAppStore((s) => shown(s).quorum);
  const started = useAppStore((s) => shown(s).snapshot !== null);
  const quorumLost = started && quorum.up < quorum.needed;
  const announcement = !started ? '' : leader ? `Server ${leader.id} leads epoch ${leader.epoch}.` : quorumLost ? 'No leader: too few servers are up for a quorum.' : 'No leader: an election is under way.';
  return (
    <section className={`leader-summary${leader ? ' has-leader' : ''}`} data-testid="leader" data-leader-id={leader ? String(leader.id) : ''} data-epoch={leader ? String(leader.epoch) : ''} aria-label="Leader and quorum">
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
          <span className="no-leader">{started ? (quorumLost ? 'No leader: quorum lost' : 'No leader: electing…') : 'Starting…'}</span>
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
