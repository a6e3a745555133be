import { useAppStore } from '../../store/hooks.ts';

// "Story | Log": the events grouped by failover phase, or every event newest first.

export function EventsViewSwitch() {
  const view = useAppStore((s) => s.eventsView);
  const setView = useAppStore((s) => s.setEventsView);
  return (
    <span className="events-view-switch" role="group" aria-label="Show the events as">
      <button type="button" data-testid="events-view-story" aria-pressed={view === 'story'} onClick={() => setView('story')}>
        Story
      </button>
      <button type="button" data-testid="events-view-log" aria-pressed={view === 'log'} onClick={() => setView('log')}>
        Log
      </button>
    </span>
  );
}
