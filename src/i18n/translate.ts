import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locale.ts';
import type { PartialCatalog } from './catalogAreas.ts';
import type { Catalog, MessageKey } from './messages/en/index.ts';

// Messages are ICU MessageFormat strings (plurals, selects, numbers formatted for the locale),
// rendered by formatjs's intl-messageformat. Each message is parsed once per locale, on first use;
// the built page gets them already parsed (scripts/precompileMessages.ts), hence the wider type.

export type MessageValues = Record<string, string | number | boolean | null | undefined>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The Intl locale each of ours formats numbers and plurals with. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/**
 * The catalog's words in one locale. A catalog may hold only some areas (the page loads the rest
 * with their code): a key it lacks renders as nothing and tells `onMissing`, which fetches the
 * area and swaps in a new function.
 */
export function makeTranslate(locale: Locale, catalog: Catalog | PartialCatalog, onMissing?: (key: MessageKey) => void): Translate {
  const parsed = new Map<MessageKey, IntlMessageFormat>();
  return (key, values) => {
    let format = parsed.get(key);
    if (!format) {
      const text = catalog[key];
      if (text === undefined) {
        onMissing?.(key);
        return '';
      }
      format = new IntlMessageFormat(text as string | MessageFormatElement[], INTL_LOCALE[locale], undefined, { ignoreTag: true });
      parsed.set(key, format);
    }
    const text = format.format(values as Record<string, string | number | boolean>);
    return typeof text === 'string' ? text : String(text);
  };
}
