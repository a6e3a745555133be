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
