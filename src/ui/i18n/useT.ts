import type { Locale } from '../../i18n/locale.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLocaleStore } from './localeStore.ts';

// The page's words in the current language: `const t = useT(); t('toolbar.crash')`.

export function useT(): Translate {
  return useLocaleStore((s) => s.t);
}

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}

/** The page's language for a view that narrates: it redraws when a part of the narration arrives too. */
export function useNarrationLocale(): Locale {
  useLocaleStore((s) => s.narrationParts);
  return useLocaleStore((s) => s.locale);
}
