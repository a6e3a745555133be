import { useMemo } from 'react';
import type { TimelineKind } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { EventEntry } from '../panels/EventEntry.tsx';
import { ungrouped } from '../panels/groupEvents.ts';
import { shown } from '../../store/shown.ts';
import { moveInList } from '../a11y/listKeys.ts';
import { useT } from '../i18n/useT.ts';

// The part of the story about clients: connects, failovers, answers, expiries and the ephemerals
// they took along, newest first.

const KINDS = new Set<TimelineKind>(['client-state', 'client-result', 'session-expired', 'session-closed', 'refused']);
const ROWS = 40;

export function SessionLog() {
  const t = useT();
  const timeline = useAppStore((s) => shown(s).timeline);
  // The space-time diagram draws a cursor at the moment pointed at, and points back at its entries.
  const linkedMs = useAppStore((s) => s.highlightTimeMs);
  const groups = useMemo(() => {
    const rows = [];
    for (let i = timeline.length - 1; i >= 0 && rows.length < ROWS; i--) if (KINDS.has(timeline[i]!.kind)) rows.push(timeline[i]!);
    return ungrouped(rows);
  }, [timeline]);
  return (
    <section className="panel log-panel session-log" aria-labelledby="session-log-title">
      <h2 id="session-log-title">
        {t('clients.log.title')} <span className="panel-note">{t('clients.log.note')}</span>
      </h2>
      <ol className="event-log" data-testid="session-log" aria-labelledby="session-log-title" tabIndex={0} onKeyDown={(e) => moveInList(e.key, e.currentTarget, 'li.event') && e.preventDefault()}>
        {groups.length === 0 && <li className="panel-note">{t('clients.log.empty')}</li>}
        {groups.map((g) => (
          <EventEntry key={g.lead.id} group={g} linked={g.lead.t === linkedMs} />
        ))}
      </ol>
    </section>
  );
}
