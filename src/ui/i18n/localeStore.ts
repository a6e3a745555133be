import { create } from 'zustand';
import { deferredAreaOf, type CatalogArea, type PartialCatalog } from '../../i18n/catalogAreas.ts';
import { DEFAULT_LOCALE, HTML_LANG, type Locale } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { makeTranslate, type Translate } from '../../i18n/translate.ts';
import { onNarrationPartMissing, registerActionsNarration, registerLanguage, type ModelLanguage } from '../../narrate/narration.ts';
import { ACTIONS_NARRATION_LOADERS, AREA_LOADERS } from './areaLoaders.ts';

// The page's language, apart from the cluster's store: it outlives a reset, and the lesson player
// and compare mode (two clusters) read the same one. Each language's first-screen words and
// narration are a chunk of their own (Chinese's with its CJK font), loaded before the page draws in
// it: a page in one language never fetches the other's. The side tabs', the diagram's and compare
// mode's words, in either language, load with their code (`withAreas`), and a key asked for early
// fetches its area. The words for what people did (their actions, scripts and clients) load with the
// first of them: until then such a sentence is an ellipsis, and the narrating views redraw when the
// words arrive (`narrationParts`).

interface LocaleState {
  locale: Locale;
  t: Translate;
  /** How many parts of the page language's narration arrived since it was set: a view that narrates redraws on a change. */
  narrationParts: number;
}

/** Each language's words loaded so far: its first screen, then the areas asked for. */
const catalogs: Partial<Record<Locale, PartialCatalog>> = {};
/** The deferred areas the page has asked for: switching language loads them in the new one too. */
const wantedAreas = new Set<CatalogArea>();
const areaLoads = new Map<string, Promise<void>>();

/**
 * A language's catalog, one object for the page's life, filled in place as parts arrive: a
 * translate function made earlier (the store's initial state, which a server render reads) sees
 * them too.
 */
function catalogOf(locale: Locale): PartialCatalog {
  return (catalogs[locale] ??= {});
}

function translateFor(locale: Locale): Translate {
  return makeTranslate(locale, catalogOf(locale), askedEarly);
}

export const useLocaleStore = create<LocaleState>(() => ({ locale: DEFAULT_LOCALE, t: translateFor(DEFAULT_LOCALE), narrationParts: 0 }));

const STORAGE_KEY = 'zkfp.lang';

/** Switches the page's language, loading it first; `remember` keeps it for the next visit. */
export async function setLocale(locale: Locale, remember = false): Promise<void> {
  await loadLanguage(locale);
  await Promise.all([...[...wantedAreas].map((area) => loadArea(locale, area)), actionsWanted ? loadActionsNarration(locale) : null]);
  useLocaleStore.setState({ locale, t: translateFor(locale) });
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[locale];
  if (remember) storeLocale(locale);
}

/** Loads the areas' words in the page's language (and, later, in any it switches to). */
export async function loadAreas(areas: readonly CatalogArea[]): Promise<void> {
  const locale = useLocaleStore.getState().locale;
  const missing = areas.filter((area) => !areaLoads.has(`${locale}:${area}`));
  for (const area of areas) wantedAreas.add(area);
  await Promise.all(areas.map((area) => loadArea(locale, area)));
  if (missing.length > 0 && useLocaleStore.getState().locale === locale) useLocaleStore.setState({ t: translateFor(locale) });
}

/** A part of the page loaded together with its words, so it never draws before they are there. */
export function withAreas<Module>(areas: readonly CatalogArea[], load: () => Promise<Module>): Promise<Module> {
  return Promise.all([load(), loadAreas(areas)]).then(([module]) => module);
}

function loadArea(locale: Locale, area: CatalogArea): Promise<void> {
  const id = `${locale}:${area}`;
  let load = areaLoads.get(id);
  if (!load) {
    load = AREA_LOADERS[locale][area]().then(
      (words) => void Object.assign(catalogOf(locale), words),
      (error: unknown) => {
        areaLoads.delete(id); // a failed fetch is tried again the next time the area is asked for
        throw error;
      },
    );
    areaLoads.set(id, load);
  }
  return load;
}

/** A key of an area not loaded yet: draw nothing for now and fetch the area, which redraws. */
function askedEarly(key: MessageKey): void {
  const area = deferredAreaOf(key);
  if (area) loadAreas([area]).catch(() => undefined); // offline: the words stay blank, nothing breaks
}

/** Whether the page has said what someone did: a language switched to then loads those words first. */
let actionsWanted = false;
const actionsLoads = new Map<Locale, Promise<void>>();

/** The words for what people did, in a language; the views narrating in it redraw when they arrive. */
function loadActionsNarration(locale: Locale): Promise<void> {
  actionsWanted = true;
  let load = actionsLoads.get(locale);
  if (!load) {
    load = ACTIONS_NARRATION_LOADERS[locale]().then(
      (part) => {
        registerActionsNarration(locale, part);
        if (useLocaleStore.getState().locale === locale) useLocaleStore.setState((s) => ({ narrationParts: s.narrationParts + 1 }));
      },
      (error: unknown) => {
        actionsLoads.delete(locale); // a failed fetch is tried again the next time a sentence needs it
        throw error;
      },
    );
    actionsLoads.set(locale, load);
  }
  return load;
}

/**
 * What the page says once something happens to the cluster (the aftermath area's words, the
 * actions part of the narration), fetched once the first leader is drawn: the first click then
 * reads at once, and neither counts in the first load.
 */
export function prefetchAftermath(): void {
  const locale = useLocaleStore.getState().locale;
  Promise.all([loadAreas(['aftermath']), loadActionsNarration(locale)]).catch(() => undefined); // offline: fetched again when first needed
}

// A sentence asked for before its part arrived (an ellipsis for now) fetches the part; offline, the
// ellipsis stays and nothing breaks. A real ensemble's part is there before its page draws (boot.ts).
onNarrationPartMissing((locale, part) => {
  const load = part === 'actions' ? loadActionsNarration(locale) : loadAreas(['real']);
  load.catch(() => undefined);
});

/** What each language's chunk gives: its first screen's words and its narration. */
interface LanguageChunk {
  firstScreen: PartialCatalog;
  narration: ModelLanguage;
}

const LANGUAGE_CHUNKS: Record<Locale, () => Promise<LanguageChunk>> = {
  en: () => import('./englishChunk.ts'),
  zh: () => import('./chineseChunk.ts'),
};
const languageLoads = new Map<Locale, Promise<void>>();

function loadLanguage(locale: Locale): Promise<void> {
  let load = languageLoads.get(locale);
  if (!load) {
    load = LANGUAGE_CHUNKS[locale]().then(
      (chunk) => {
        registerLanguage(locale, chunk.narration);
        Object.assign(catalogOf(locale), chunk.firstScreen);
      },
      (error: unknown) => {
        languageLoads.delete(locale); // a failed fetch is tried again at the next switch
        throw error;
      },
    );
    languageLoads.set(locale, load);
  }
  return load;
}

/** The language chosen on an earlier visit, if storage allows it. */
export function storedLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked (sandboxed frame, site data off): no memory, no error
  }
}

function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // as above: the choice holds for this page only
  }
}
