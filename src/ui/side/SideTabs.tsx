import { useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import type { SideTab } from '../../store/index.ts';
import { shown } from '../../store/shown.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { useT } from '../i18n/useT.ts';

// The right-hand panel's tabs (WAI-ARIA tabs: arrow keys move between them, Home/End jump). Each
// label carries a count, so a class sees from afar that there are clients or faults to look at.

export const TABS: { tab: SideTab; label: MessageKey }[] = [
  { tab: 'events', label: 'side.tab.events' },
  { tab: 'data', label: 'side.tab.data' },
  { tab: 'clients', label: 'side.tab.clients' },
  { tab: 'network', label: 'side.tab.network' },
  { tab: 'metrics', label: 'side.tab.metrics' },
  { tab: 'script', label: 'side.tab.script' },
];

export function SideTabs() {
  const current = useAppStore((s) => s.sideTab);
  const setTab = useAppStore((s) => s.setSideTab);
  const clients = useAppStore((s) => shown(s).snapshot?.clients.filter((c) => c.state !== 'closed' && c.state !== 'expired').length ?? 0);
  const faults = useAppStore((s) => shown(s).faults.length);
  const listRef = useRef<HTMLDivElement>(null);
  const t = useT();

  const onKeyDown = (e: KeyboardEvent) => {
    // Move from the tab that has focus (normally the selected one: the others are out of the tab order).
    const focused = [...(listRef.current?.querySelectorAll('[role="tab"]') ?? [])].indexOf(document.activeElement as Element);
    const at = focused >= 0 ? focused : TABS.findIndex((t) => t.tab === current);
    const moves: Record<string, number> = { ArrowRight: (at + 1) % TABS.length, ArrowLeft: (at - 1 + TABS.length) % TABS.length, Home: 0, End: TABS.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setTab(TABS[next]!.tab);
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };

  const count = (tab: SideTab) => (tab === 'clients' && clients > 0 ? clients : tab === 'network' && faults > 0 ? faults : null);
  return (
    <div ref={listRef} className="side-tabs" role="tablist" aria-label={t('side.tabs')} onKeyDown={onKeyDown}>
      {TABS.map(({ tab, label }) => {
        const n = count(tab);
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`side-tab-${tab}`}
            aria-controls={`side-panel-${tab}`}
            aria-selected={current === tab}
            tabIndex={current === tab ? 0 : -1}
            className={`side-tab${tab === 'network' && n !== null ? ' has-faults' : ''}`}
            data-testid={`tab-${tab}`}
            onClick={() => setTab(tab)}
          >
            {t(label)}
            {n !== null && <span className="tab-count">{tab === 'network' ? `⚠ ${n}` : n}</span>}
          </button>
        );
      })}
    </div>
  );
}
