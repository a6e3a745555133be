import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { EventEntry } from './EventEntry.tsx';
import { EventsViewSwitch } from './EventsViewSwitch.tsx';
import { groupEvents, ungrouped } from './groupEvents.ts';
import { rowIds, rowsInView, rowsNow } from './logRows.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';
import { moveInList } from '../a11y/listKeys.ts';

// The story in plain words, newest first. Vote changes flood the log of a large election, so they
// can be hidden, and above GROUP_ABOVE servers runs of alike events share a row. Only the newest
// rows are drawn; the store keeps the last TIMELINE_CAP entries.
//
// A scrub to another moment changes most of the rows at once, and the log shows only a few of its
// ROWS_MAX rows at a time: the render that answers it draws the rows that can be on screen (and
// keeps the rows already drawn that still belong), and a deferred render right after draws the
// rest. No row of another moment is ever drawn; the ones below the view just come a moment later,
// and a further scrub in between (a drag) replaces that deferred render instead of waiting for it.

const GROUP_ABOVE = 9;
const ROWS_MAX = 150;

export function EventLog() {
  const timeline = useAppStore((s) => shown(s).timeline);
  const showVotes = useAppStore((s) => s.showVotes);
  const setShowVotes = useAppStore((s) => s.setShowVotes);
  // The space-time diagram draws a cursor at the moment pointed at, and points back at its entries.
  const linkedMs = useAppStore((s) => s.highlightTimeMs);
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
  // The last full list React rendered; while it lags `groups`, this render holds back new rows below the view.
  const settled = useDeferredValue(groups);
  const settledIds = useMemo(() => rowIds(settled), [settled]);
  const listRef = useRef<HTMLOListElement>(null);
  const inView = useRowsInView(listRef);
  const drawn = settled === groups ? groups : rowsNow(groups, settledIds, inView);
  return (
    <section className="panel log-panel" aria-labelledby="log-title">
      <h2 id="log-title">
        {t('log.title')} <span className="panel-note">{t('log.note')}</span>
        <label className="log-filter">
          <input type="checkbox" checked={showVotes} onChange={(e) => setShowVotes(e.target.checked)} /> {t('log.votes')}
        </label>
        <EventsViewSwitch />
      </h2>
      <ol ref={listRef} className="event-log" data-testid="event-log" aria-labelledby="log-title" tabIndex={0} onKeyDown={(e) => moveInList(e.key, e.currentTarget, 'li.event') && e.preventDefault()}>
        {drawn.map((g) => (
          <EventEntry key={g.lead.id} group={g} linked={g.lead.t === linkedMs} />
        ))}
      </ol>
    </section>
  );
}

/** How many rows from the top the list can show (rowsInView), kept up to date as it scrolls and resizes. */
function useRowsInView(ref: React.RefObject<HTMLElement | null>): number {
  // Before the first measurement: a tall screen's worth.
  const [rows, setRows] = useState(() => rowsInView(0, 1200));
  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    const measure = () => setRows(rowsInView(list.scrollTop, list.clientHeight));
    measure();
    list.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(list);
    return () => {
      list.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return rows;
}
