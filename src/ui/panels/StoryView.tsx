import { useAppStore } from '../../store/hooks.ts';
import { EventsViewSwitch } from './EventsViewSwitch.tsx';
import { StoryChapterItem } from './StoryChapterItem.tsx';
import { useT } from '../i18n/useT.ts';
import { moveInList } from '../a11y/listKeys.ts';

// The story beside the log: one chapter per fault, newest first, each in the phases of a failover
// (failure, detection, election, discovery and sync, serving again) with one headline apiece, so
// who noticed and why is one glance. The grouping is src/host/story.ts's; the words src/narrate's.

export function StoryView() {
  const chapters = useAppStore((s) => s.analysis.chapters);
  const t = useT();
  const newestFirst = [...chapters].reverse();
  return (
    <section className="panel log-panel" aria-labelledby="story-title">
      <h2 id="story-title">
        {t('story.title')} <span className="panel-note">{t('story.note')}</span>
        <EventsViewSwitch />
      </h2>
      <ol className="story" data-testid="story" tabIndex={0} onKeyDown={(e) => moveInList(e.key, e.currentTarget, '.story-phase-head') && e.preventDefault()}>
        {newestFirst.map((c) => (
          <StoryChapterItem key={c.index} chapter={c} />
        ))}
      </ol>
    </section>
  );
}
