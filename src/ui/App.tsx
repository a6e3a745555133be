import { ClockReadout } from './panels/ClockReadout.tsx';
import { FaultStrip } from './panels/FaultStrip.tsx';
import { HealthBanner } from './panels/HealthBanner.tsx';
import { ConnectionBanner } from './panels/ConnectionBanner.tsx';
import { LanguageSwitch } from './i18n/LanguageSwitch.tsx';
import { LiveRegion } from './a11y/LiveRegion.tsx';
import { SkipLink } from './a11y/SkipLink.tsx';
import { PresentationMode } from './present/PresentationMode.tsx';
import { Shortcuts } from './shortcuts/Shortcuts.tsx';
import { InvariantsBadge } from './panels/InvariantsBadge.tsx';
import { LeaderSummary } from './panels/LeaderSummary.tsx';
import { LeadershipBanner } from './panels/LeadershipBanner.tsx';
import { Legend } from './panels/Legend.tsx';
import { InvariantStrip } from './panels/InvariantStrip.tsx';
import { Notices } from './panels/Notices.tsx';
import { SettingsSlot } from './controls/SettingsSlot.tsx';
import { Toolbar } from './controls/Toolbar.tsx';
import { RerunBadge } from './script/RerunBadge.tsx';
import { SidePanel } from './side/SidePanel.tsx';
import { SpacetimePane } from './spacetime/SpacetimePane.tsx';
import { TopologyView } from './topology/TopologyView.tsx';
import { TimelineBar } from './time/TimelineBar.tsx';
import { useT } from './i18n/useT.ts';
import { useDocumentTitle } from './i18n/useDocumentTitle.ts';
import { GuideSlot } from './lessonLauncher/GuideSlot.tsx';
import { usePrefetchAftermath } from './usePrefetchAftermath.ts';

// The page: leader and safety on top, controls below, the topology on the left, and on the right
// a tabbed panel: events (the focused server, heartbeats, the narrated log), data, clients, network.

export function App() {
  const t = useT();
  useDocumentTitle();
  usePrefetchAftermath();
  return (
    <div className="app">
      <SkipLink />
      <header className="topbar">
        <h1>
          ZooKeeper <span>{t('app.heading')}</span>
        </h1>
        <LeaderSummary />
        <ClockReadout />
        <RerunBadge />
        <InvariantsBadge />
        <LanguageSwitch />
      </header>
      <Toolbar />
      <TimelineBar />
      <Notices />
      <ConnectionBanner />
      <InvariantStrip />
      <main className="main">
        <section className="topology-panel" id="topology" aria-label={t('app.topology')}>
          <FaultStrip />
          <HealthBanner />
          <LeadershipBanner />
          <GuideSlot />
          <div className="topology-stage">
            <TopologyView />
          </div>
          <Legend />
          <SpacetimePane />
        </section>
        <SidePanel />
      </main>
      <SettingsSlot />
      <Shortcuts />
      <PresentationMode />
      <LiveRegion />
    </div>
  );
}
