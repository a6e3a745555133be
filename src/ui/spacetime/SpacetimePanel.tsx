import { useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { MessageDetails } from './MessageDetails.tsx';
import type { Scene } from './scene.ts';
import { SpacetimeLegend } from './SpacetimeLegend.tsx';
import { SpacetimeView } from './SpacetimeView.tsx';
import { useElementSize } from './useElementSize.ts';

// The open pane under the topology: the diagram, its legend, what it leaves out at scale, whether
// the live view is sampled, and the button back to following the present.

export function SpacetimePanel() {
  const setOpen = useAppStore((s) => s.setSpacetimeOpen);
  const sampled = useAppStore((s) => s.messageLog?.sampled ?? false);
  // The workers sample flights only while the animation asks for them.
  const unsampled = useAppStore((s) => (s.messageLog?.sampled ?? false) && !s.animateMessages);
  const bodyRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(bodyRef);
  const [follow, setFollow] = useState(true);
  const [notes, setNotes] = useState({ hidden: 0, leftOut: 0, aggregated: false });
  const onScene = useCallback((scene: Scene) => {
    setNotes((old) => {
      const next = { hidden: scene.hiddenLanes, leftOut: scene.arrowsLeftOut, aggregated: scene.pingBands !== null };
      return old.hidden === next.hidden && old.leftOut === next.leftOut && old.aggregated === next.aggregated ? old : next;
    });
  }, []);
  return (
    <section className="spacetime-pane" data-testid="spacetime" data-sampled={sampled ? 'true' : 'false'} data-follow={follow ? 'true' : 'false'} aria-label="Space-time diagram">
      <header className="st-header">
        <h2>Space-time</h2>
        <SpacetimeLegend />
        <button type="button" className={follow ? 'is-on' : undefined} aria-pressed={follow} onClick={() => setFollow(true)} data-testid="spacetime-follow" title="Keep the right edge at the present. A drag, or the wheel left of the last quarter, stops it; the wheel in the last quarter zooms around the present">
          ▶ Follow now
        </button>
        <button type="button" onClick={() => setOpen(false)} aria-label="Close the space-time diagram">
          ✕
        </button>
      </header>
      {(sampled || notes.aggregated || notes.hidden > 0 || notes.leftOut > 0) && (
        <p className="st-notes" data-testid="spacetime-notes">
          {sampled && <span className="st-note is-warning">{unsampled ? 'live view: no messages while “Show messages” is off (?driver=sim shows all)' : 'live view: only a sample of the messages (?driver=sim shows all)'}</span>}
          {notes.aggregated && <span className="st-note">pings counted per lane</span>}
          {notes.hidden > 0 && <span className="st-note">{`${notes.hidden} more servers without a lane (point at one to add it)`}</span>}
          {notes.leftOut > 0 && <span className="st-note">{`${notes.leftOut} older messages not drawn: zoom in`}</span>}
        </p>
      )}
      <div className="st-body" ref={bodyRef}>
        {size.width > 0 && <SpacetimeView width={size.width} height={size.height} follow={follow} onFollowChange={setFollow} onScene={onScene} />}
        <MessageDetails />
      </div>
    </section>
  );
}
