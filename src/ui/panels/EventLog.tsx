import { useMemo } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { EventEntry } from './EventEntry.tsx';
import { EventsViewSwitch } from './EventsViewSwitch.tsx';
import { groupEvents, ungrouped } from './groupEvents.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';
import { moveInList } from '../a11y/listKeys.ts';

// The story in plain words, newest first. Vote changes flood the log of a large election, so they
// can be hidden, and above GROUP_ABOVE servers runs of alike events share a row. Only the newest
// rows are drawn; the store keeps the last TIMELINE_CAP entries.

const GROUP_ABOVE = 9;
const ROWS_MAX = 150;

export function EventLog() {
  const timeline = useAppStore((s) => shown(s).timeline);
  const showVotes = useAppStore((s) => s.showVotes);
  const setShowVotes = useAppStore((s) => s.setShowVotes);
  const t = useT();
  const grouping = useAppStore((s) => shown(s).nodeIds.length > GROUP_ABOVE);
  const groups = useMemo(() => {
    const newestFirst = [];
    for (let i = timeline.length - 1; i >= 0 && (grouping || newestFirst.length < ROWS_MAX); i--) {
      const e = timeline[i]!;
      if (showVotes || e.kind !== 'vote-changed') newestFirst.push(e);
    }
    return (grouping ? groupEvents(newestFirst) : ungrouped(newestFirst)).slice(0, ROWS_MAX);
  }, [timeline, showVotes, grouping]);
  return (
    <section className="panel log-panel" aria-labelledby="log-title">
      <h2 id="log-title">
        {t('log.title')} <span className="panel-note">{t('log.note')}</span>
        <label className="log-filter">
          <input type="checkbox" checked={showVotes} onChange={(e) => setShowVotes(e.target.checked)} /> {t('log.votes')}
        </label>
        <EventsViewSwitch />
      </h2>
      <ol className="event-log" data-testid="event-log" aria-labelledby="log-title" tabIndex={0} onKeyDown={(e) => moveInList(e.key, e.currentTarget, 'li.event') && e.preventDefault()}>
        {groups.map((g) => (
          <EventEntry key={g.lead.id} group={g} />
        ))}
      </ol>
    </section>
  );
}
