import { useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { MessageDetails } from './MessageDetails.tsx';
import type { Scene } from './scene.ts';
import { SpacetimeLegend } from './SpacetimeLegend.tsx';
import { SpacetimeView } from './SpacetimeView.tsx';
import { useElementSize } from '../useElementSize.ts';
import { code } from '../../i18n/codeText.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useT } from '../i18n/useT.ts';

// The open pane under the topology: the diagram, its legend, what it leaves out at scale, whether
// the live view is sampled, and the button back to following the present.

export function SpacetimePanel() {
  const t = useT();
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
    <section className="spacetime-pane" data-testid="spacetime" data-sampled={sampled ? 'true' : 'false'} data-follow={follow ? 'true' : 'false'} aria-label={t('spacetime.pane')}>
      <header className="st-header">
        <h2>{t('spacetime.title')}</h2>
        <SpacetimeLegend />
        <button type="button" className={follow ? 'is-on' : undefined} aria-pressed={follow} onClick={() => setFollow(true)} data-testid="spacetime-follow" title={t('spacetime.followTitle')}>
          {t('spacetime.follow')}
        </button>
        <button type="button" onClick={() => setOpen(false)} aria-label={t('spacetime.close')}>
          ✕
        </button>
      </header>
      {(sampled || notes.aggregated || notes.hidden > 0 || notes.leftOut > 0) && (
        <p className="st-notes" data-testid="spacetime-notes">
          {sampled && (
            <span className="st-note is-warning">
              <CodeSpans text={t(unsampled ? 'spacetime.note.unsampled' : 'spacetime.note.sampled', { hint: code('?driver=sim') })} />
            </span>
          )}
          {notes.aggregated && <span className="st-note">{t('spacetime.note.aggregated')}</span>}
          {notes.hidden > 0 && <span className="st-note">{t('spacetime.note.hidden', { count: notes.hidden })}</span>}
          {notes.leftOut > 0 && <span className="st-note">{t('spacetime.note.leftOut', { count: notes.leftOut })}</span>}
        </p>
      )}
      <div className="st-body" ref={bodyRef}>
        {size && size.width > 0 && <SpacetimeView width={size.width} height={size.height} follow={follow} onFollowChange={setFollow} onScene={onScene} />}
        <MessageDetails />
      </div>
    </section>
  );
}
