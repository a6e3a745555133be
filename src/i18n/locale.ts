// The interface's languages and how a browser's language list picks one. The one definition of
// the locale codes: the page, the command line (--lang) and the narration all import them.

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The <html lang> of each locale: Simplified Chinese as written in mainland China. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** The locale's own name, for the language switch ("English", "中文"). */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', zh: '中文' };

/** A BCP 47 tag or our own code → one of our locales, or null: "zh", "zh-CN", "zh-Hans-SG" → zh. */
export function parseLocale(raw: string | null | undefined): Locale | null {
  if (!raw) return null;
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null;
}

/** The first of the browser's preferred languages that we speak, else English. */
export function localeFromPreferences(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = parseLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
