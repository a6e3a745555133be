import { memo } from 'react';
import type { StoryChapter, TimelineEntry } from '../../driver/index.ts';
import { storyChapterTitle } from '../../narrate/story.ts';
import { formatClock } from '../format.ts';
import { StoryPhaseItem } from './StoryPhaseItem.tsx';
import { useLocale } from '../i18n/useT.ts';

// One chapter of the story: a fault (or the start-up) and the phases that followed it.

interface Props {
  chapter: StoryChapter<TimelineEntry>;
}

export const StoryChapterItem = memo(function StoryChapterItem({ chapter }: Props) {
  const f = chapter.fault;
  const locale = useLocale();
  return (
    <li className="story-chapter" data-testid="story-chapter" data-index={chapter.index} data-action={f?.action ?? 'start'} data-node={f?.node ?? ''} data-at-ms={chapter.startMs}>
      <h3 className="story-chapter-title">
        <span className="story-time">{formatClock(chapter.startMs)}</span>
        {storyChapterTitle(chapter, locale)}
      </h3>
      <ol className="story-phases">
        {chapter.phases.map((p) => (
          <StoryPhaseItem key={p.kind} chapter={chapter} phase={p} />
        ))}
      </ol>
    </li>
  );
});
