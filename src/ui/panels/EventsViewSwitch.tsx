import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';

// "Story | Log": the events grouped by failover phase, or every event newest first.

export function EventsViewSwitch() {
  const view = useAppStore((s) => s.eventsView);
  const setView = useAppStore((s) => s.setEventsView);
  const t = useT();
  return (
    <span className="events-view-switch" role="group" aria-label={t('events.viewAs')}>
      <button type="button" data-testid="events-view-story" aria-pressed={view === 'story'} onClick={() => setView('story')}>
        {t('events.story')}
      </button>
      <button type="button" data-testid="events-view-log" aria-pressed={view === 'log'} onClick={() => setView('log')}>
        {t('events.log')}
      </button>
    </span>
  );
}
