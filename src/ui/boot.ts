import { COMPARE_SETUP_IDS, browserFrameClock, createDriver, defaultSpecInput, liveDriverAvailable, makeSpec, type ClusterDriver } from '../driver/index.ts';
import { connectDriver, createAppStore, type AppStore } from '../store/index.ts';
import { loadFonts } from './fonts.ts';
import { openRun } from './openRun.ts';
import { installScriptTestHook } from './scriptTestHook.ts';
import { parseUrlParams } from './urlParams.ts';
import { message } from '../i18n/message.ts';
import type { PageNotice } from '../store/index.ts';
import { localeFromPreferences, parseLocale, type Locale } from '../i18n/locale.ts';
import { loadAreas, setLocale, storedLocale, useLocaleStore } from './i18n/localeStore.ts';
import type { CompareStart } from './compare/mountCompare.tsx';
import { setPresenting } from './present/presentation.ts';

// Reads the page's parameters, picks a driver, builds the store, connects them and starts the
// cluster. Anything that goes wrong becomes a notice on the page rather than a blank screen.

export async function boot(): Promise<AppStore | { compare: CompareStart }> {
  const randomSeed = Math.floor(Math.random() * 1_000_000);
  const params = parseUrlParams(window.location.search, { liveAvailable: liveDriverAvailable(), seed: randomSeed }, window.location.hash);
  // What a wrong parameter says is loaded only when one was wrong.
  const notices: PageNotice[] = params.errors.length === 0 ? [] : await import('./paramNotices.ts').then((m) => params.errors.map(m.paramErrorMessage));
  const clock = browserFrameClock();
  await Promise.all([loadFonts(), setLocale(pageLocale(params.lang))]);
  if (params.presentRefused !== undefined) notices.push(useLocaleStore.getState().t('presentation.badParam', { param: 'present', value: params.presentRefused }));
  setPresenting(params.present === true, { keepInAddress: false });
  if (params.unknownCompare !== undefined) notices.push(useLocaleStore.getState().t('compare.notice.unknownSetup', { param: '?compare', given: params.unknownCompare, known: COMPARE_SETUP_IDS.join(', ') }));
  // Compare mode (two clusters, one clock) is a chunk of its own: main.tsx loads and mounts it.
  if (params.compare) return { compare: { setup: params.compare, speed: params.speed, reducedMotion: prefersReducedMotion(), ...(params.atMs === undefined ? {} : { atMs: params.atMs }) } };
  let driver: ClusterDriver;
  try {
    driver = await createDriver(params.driver, clock);
  } catch (error) {
    notices.push(message('notices.driverFailed', { error: String(error) }, ['error']));
    driver = await createDriver('simulated', clock);
  }
  const reducedMotion = prefersReducedMotion();
  // A real ensemble is what the bridge set up: its size and timing, once the bridge says (null: not
  // reached); its words and narration, which only its page loads, are there before the page draws.
  const [fixed] = await Promise.all([driver.fixedSpec ? driver.fixedSpec() : null, driver.kind === 'real' ? loadAreas(['real']) : null]);
  const store = createAppStore(driver, {
    driverKind: driver.kind,
    spec: fixed ?? makeSpec(defaultSpecInput(params.nodes, params.seed)),
    speed: params.speed,
    reducedMotion,
    notices,
  });
  connectDriver(store, driver, clock);
  await openRun(store, params);
  installScriptTestHook(store, window.location.search);
  // A page kept in the back/forward cache comes back: dispose only when it is really going away.
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) driver.dispose();
  });
  return store;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** ?lang= for this visit, else the switch's remembered choice, else the browser's languages. */
function pageLocale(fromUrl: Locale | undefined): Locale {
  return fromUrl ?? parseLocale(storedLocale()) ?? localeFromPreferences(navigator.languages ?? [navigator.language]);
}
