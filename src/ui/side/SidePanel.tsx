import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import type { SideTab } from '../../store/index.ts';
import { LessonSlot } from '../present/LessonSlot.tsx';
import { EventsTab } from './EventsTab.tsx';
import { SideTabs, TABS } from './SideTabs.tsx';
import { useT } from '../i18n/useT.ts';
import { withAreas } from '../i18n/localeStore.ts';
import { loadAnalysis } from '../../store/index.ts';

// The right-hand panel: one tab at a time. The events tab is there from the start; the others are
// loaded the first time they are opened, with their words (they are not needed for the first
// picture), and then kept
// mounted while hidden, so a half-typed form survives a look at another tab.

const DataTab = lazy(() => withAreas(['data', 'clients'], () => import('../data/DataTab.tsx')).then((m) => ({ default: m.DataTab })));
const ClientsTab = lazy(() => withAreas(['clients'], () => import('../clients/ClientsTab.tsx')).then((m) => ({ default: m.ClientsTab })));
const NetworkTab = lazy(() => withAreas(['network'], () => import('../network/NetworkTab.tsx')).then((m) => ({ default: m.NetworkTab })));
const MetricsTab = lazy(() => withAreas(['metrics', 'story'], () => Promise.all([import('../metrics/MetricsTab.tsx'), loadAnalysis()]).then(([m]) => m)).then((m) => ({ default: m.MetricsTab })));
const ScriptTab = lazy(() => withAreas(['script'], () => import('../script/ScriptTab.tsx')).then((m) => ({ default: m.ScriptTab })));

const content: Record<SideTab, () => ReactNode> = {
  events: () => <EventsTab />,
  data: () => <DataTab />,
  clients: () => <ClientsTab />,
  network: () => <NetworkTab />,
  metrics: () => <MetricsTab />,
  script: () => <ScriptTab />,
};

export function SidePanel() {
  const current = useAppStore((s) => s.sideTab);
  const t = useT();
  const [opened, setOpened] = useState<ReadonlySet<SideTab>>(() => new Set<SideTab>(['events', current]));
  // Derived during render (React's "state from previous renders" pattern): no extra effect pass.
  if (!opened.has(current)) setOpened(new Set([...opened, current]));
  return (
    <aside className="side">
      <LessonSlot />
      <SideTabs />
      {TABS.map(({ tab }) => (
        <div key={tab} className={`side-panel side-panel-${tab}`} role="tabpanel" id={`side-panel-${tab}`} aria-labelledby={`side-tab-${tab}`} hidden={tab !== current}>
          {opened.has(tab) && <Suspense fallback={<p className="panel-note side-loading">{t('side.loading')}</p>}>{content[tab]()}</Suspense>}
        </div>
      ))}
    </aside>
  );
}
