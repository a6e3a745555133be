import { useEffect, useState } from 'react';
import { isCompareSetupId, type CompareSetupId } from '../../driver/index.ts';
import type { CompareSession } from '../../store/compareSession.ts';
import { compareHref, playgroundHref } from '../compareLinks.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { prefetchAftermath } from '../i18n/localeStore.ts';
import { useT } from '../i18n/useT.ts';
import { ClusterColumn } from './ClusterColumn.tsx';
import { CompareClock } from './CompareClock.tsx';
import { CompareLiveRegion } from './CompareLiveRegion.tsx';
import { CompareToolbar } from './CompareToolbar.tsx';
import { CLUSTER_NAMES, setupWords } from './setupWords.ts';
import { useCompareAnnouncements } from './useCompareAnnouncements.ts';

// Compare mode's page: the set-up's name and what to watch, one toolbar for both clusters, and
// the two clusters side by side, each with what it measured.

export function CompareApp({ session }: { session: CompareSession }) {
  const t = useT();
  const [setup, setSetup] = useState<CompareSetupId>(session.setup());
  const words = setupWords(setup);
  useCompareAnnouncements(session);
  // Compare mode runs the same fault script on both clusters at once: what follows an action is said
  // from its first moments, so its words come now (the first screen's budget is the playground's).
  useEffect(() => prefetchAftermath(), []);
  const switchTo = (next: CompareSetupId) => {
    if (!isCompareSetupId(next)) return;
    session.load(next);
    // The address names the set-up on screen, so a reload or a copied address opens it again.
    window.history.replaceState(null, '', compareHref(next, window.location.search));
    setSetup(next);
  };
  return (
    <div className="app compare-app" data-testid="compare-view" data-setup={setup}>
      <header className="topbar compare-topbar" data-testid="compare-header">
        <h1>
          ZooKeeper <span>{t('compare.title')}</span>
        </h1>
        <p className="compare-setup-name" data-testid="compare-setup-name">
          {t(words.name)}
        </p>
        <CompareClock session={session} />
        <a className="compare-back" href={playgroundHref(window.location.search)} data-testid="compare-back">
          {t('compare.back')}
        </a>
        <LanguageSwitch />
      </header>
      <CompareToolbar session={session} setup={setup} onSetup={switchTo} />
      <p className="compare-watch" data-testid="compare-watch">
        <strong>{t('compare.watch')}</strong> {t(words.watch)}
      </p>
      <main className="compare-main">
        {session.sides.map((side, i) => (
          <ClusterColumn key={CLUSTER_NAMES[i]} side={side} name={CLUSTER_NAMES[i]!} label={words.clusters[i]!} />
        ))}
      </main>
      <CompareLiveRegion />
    </div>
  );
}
