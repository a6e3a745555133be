import { memo, useId, useMemo } from 'react';
import { narrate, narrateDetail, recordJson } from '../../narrate/narration.ts';
import { useAppStoreApi } from '../../store/hooks.ts';
import { formatClock } from '../format.ts';
import { entryBadge } from './eventKinds.ts';
import type { EventGroup } from './groupEvents.ts';
import { sameRow } from './logRows.ts';
import { useNarrationLocale, useT } from '../i18n/useT.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';

// One narrated event (or a run of alike ones in a large cluster). Pointing at it lights up the
// servers it concerns in the topology. The words are rendered from the entry's data here; the data
// itself is in data-event (JSON), for tests and tools that must not read the words; a long znode
// value there is its size and digest (valueBytes, valueDigest), not the value. On a real ensemble
// a small tag says where the entry came from (a log line, a poll, the relay, you).

interface Props {
  group: EventGroup;
  /** The space-time diagram points at this entry's moment (the list reads it once for all its rows). */
  linked: boolean;
}

function serverList(ids: number[]): string {
  return ids.length <= 8 ? ids.join(', ') : `${ids.slice(0, 8).join(', ')}…`;
}

/** A list builds new group objects whenever it regroups; a row that says the same thing is not drawn again. */
function sameProps(a: Props, b: Props): boolean {
  return a.linked === b.linked && sameRow(a.group, b.group);
}

export const EventEntry = memo(function EventEntry({ group, linked }: Props) {
  const store = useAppStoreApi();
  const { lead, count, servers } = group;
  const t = useT();
  const locale = useNarrationLocale();
  const badge = entryBadge(lead, t);
  // The words and data of an entry are worked out once per row, and again when a part of the
  // narration arrives (what someone did is an ellipsis until then).
  const parts = useLocaleStore((s) => s.narrationParts);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- narrate() reads the parts loaded so far, which `parts` counts
  const { text, extra, json } = useMemo(() => ({ text: narrate(lead, locale), extra: narrateDetail(lead, locale), json: recordJson(lead) }), [lead, locale, parts]);
  const on = () => {
    store.getState().highlight(servers);
    store.getState().highlightTime(lead.t);
  };
  const off = () => {
    store.getState().highlight([]);
    store.getState().highlightTime(null);
  };
  // Reached by the arrow keys from the log (listKeys.ts); named by its time, badge and words.
  const ids = useId();
  return (
    <li
      tabIndex={-1}
      aria-labelledby={`${ids}-time ${ids}-badge ${ids}-text`}
      onFocus={on}
      onBlur={off}
      className={`event tone-${badge.tone}${linked ? ' is-linked' : ''}`} data-kind={lead.kind} data-node={lead.node ?? ''} data-client={lead.client ?? ''} data-count={count} data-event={json} onMouseEnter={on} onMouseLeave={off}>
      <span className="event-time" id={`${ids}-time`}>{formatClock(lead.t)}</span>
      <span className="event-badge" id={`${ids}-badge`}>{badge.text}</span>
      <span className="event-text" id={`${ids}-text`}>
        {lead.source && (
          <span className={`event-source source-${lead.source}`} title={t('source.title')} data-testid="event-source">
            {t(`source.${lead.source}`)}
          </span>
        )}
        {text}
        {count > 1 && <span className="event-more">{t('log.more', { count: count - 1, servers: serverList(servers) })}</span>}
        {extra && <span className="event-extra">{extra}</span>}
      </span>
    </li>
  );
}, sameProps);
