import { create } from 'zustand';
import { DEFAULT_LOCALE, HTML_LANG, type Locale } from '../../i18n/locale.ts';
import { en } from '../../i18n/messages/en/index.ts';
import { makeTranslate, type Translate } from '../../i18n/translate.ts';
import { registerLanguage } from '../../narrate/index.ts';

// The page's language, apart from the cluster's store: it outlives a reset, and the lesson player
// and compare mode (two clusters) read the same one. English is bundled; Chinese (its catalog,
// narration and CJK font) is a chunk of its own, loaded the first time it is chosen.

interface LocaleState {
  locale: Locale;
  t: Translate;
}

export const useLocaleStore = create<LocaleState>(() => ({ locale: DEFAULT_LOCALE, t: makeTranslate(DEFAULT_LOCALE, en) }));

const STORAGE_KEY = 'zkfp.lang';

/** Switches the page's language, loading it first; `remember` keeps it for the next visit. */
export async function setLocale(locale: Locale, remember = false): Promise<void> {
  const t = locale === 'en' ? makeTranslate('en', en) : await loadChinese();
  useLocaleStore.setState({ locale, t });
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[locale];
  if (remember) storeLocale(locale);
}

async function loadChinese(): Promise<Translate> {
  const chunk = await import('./chineseChunk.ts');
  registerLanguage('zh', chunk.chineseNarration);
  return makeTranslate('zh', chunk.zh);
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
