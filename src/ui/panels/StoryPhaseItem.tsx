import { useState } from 'react';
import type { StoryChapter, StoryPhase, StoryPhaseKind, TimelineEntry } from '../../driver/index.ts';
import { narrate } from '../../narrate/narration.ts';
import { storyHeadline } from '../../narrate/story.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { formatClock } from '../format.ts';
import { useNarrationLocale, useT } from '../i18n/useT.ts';

// One phase of a chapter: its headline, and on a click its servers lit up in the topology and its
// first events listed underneath.

const PHASE_NAMES = {
  failure: 'story.phase.failure',
  detection: 'story.phase.detection',
  election: 'story.phase.election',
  sync: 'story.phase.sync',
  serving: 'story.phase.serving',
} as const satisfies Record<StoryPhaseKind, string>;

interface Props {
  chapter: StoryChapter<TimelineEntry>;
  phase: StoryPhase<TimelineEntry>;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function StoryPhaseItem({ chapter, phase }: Props) {
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const t = useT();
  const locale = useNarrationLocale();
  const highlighted = useAppStore((s) => s.highlightIds.length > 0 && sameIds(s.highlightIds, phase.servers));
  const onClick = () => {
    const s = store.getState();
    s.highlight(highlighted ? [] : phase.servers);
    setOpen(!highlighted);
  };
  const more = phase.count - phase.entries.length;
  return (
    <li className={`story-phase${highlighted ? ' is-highlighted' : ''}`} data-testid="story-phase" data-phase={phase.kind} data-servers={phase.servers.join(',')} data-count={phase.count}>
      <button type="button" className="story-phase-head" aria-expanded={open} onClick={onClick}>
        <span className="story-phase-name">{t(PHASE_NAMES[phase.kind])}</span>
        <span className="story-headline" data-testid="story-headline">
          {storyHeadline(chapter, phase, locale)}
          {phase.count > 1 && <span className="story-phase-count">{t('story.count', { count: phase.count, from: formatClock(phase.startMs), to: formatClock(phase.endMs) })}</span>}
        </span>
      </button>
      {open && phase.entries.length > 0 && (
        <ul className="story-entries">
          {phase.entries.map((e) => (
            <li key={e.id}>{`${formatClock(e.t)}  ${narrate(e, locale)}`}</li>
          ))}
          {more > 0 && <li>{t('story.moreInLog', { count: more })}</li>}
        </ul>
      )}
    </li>
  );
}
