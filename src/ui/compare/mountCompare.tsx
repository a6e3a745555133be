import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { browserFrameClock, type CompareSetupId } from '../../driver/index.ts';
import { createCompareSession } from '../../store/compareSession.ts';
import { loadAreas, useLocaleStore } from '../i18n/localeStore.ts';
import { CompareApp } from './CompareApp.tsx';
import './compare.css';

// Compare mode's entry, a chunk of its own (boot.ts asks for it only for ?compare=): builds the two
// clusters under one clock, plays the set-up (to ?at= and paused, when given) and renders the page.

export interface CompareStart {
  setup: CompareSetupId;
  atMs?: number;
  speed: number;
  reducedMotion: boolean;
}

export async function mountCompare(root: Root, start: CompareStart): Promise<void> {
  await loadAreas(['compare']);
  root.render(<p className="compare-loading">{useLocaleStore.getState().t('compare.loading')}</p>);
  const session = await createCompareSession(browserFrameClock(), { speed: start.speed, reducedMotion: start.reducedMotion });
  session.load(start.setup, start.atMs === undefined ? {} : { atMs: start.atMs });
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) session.dispose();
  });
  root.render(
    <StrictMode>
      <CompareApp session={session} />
    </StrictMode>,
  );
}
