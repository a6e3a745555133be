import { parse } from '@formatjs/icu-messageformat-parser';
import { formatTree, type MessageTree } from './icu.ts';
import type { Locale } from './locale.ts';
import type { PartialCatalog } from './catalogAreas.ts';
import type { Catalog, MessageKey } from './messages/en/index.ts';

// Messages are ICU MessageFormat strings (plurals, selects, numbers formatted for the locale),
// parsed by formatjs's parser and rendered by ./icu.ts. Each message is parsed once per locale, on
// first use; the built page gets them already parsed (scripts/precompileMessages.ts), hence the
// wider type, and ships the parser's parser-free build.

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
  const parsed = new Map<MessageKey, MessageTree>();
  return (key, values) => {
    let tree = parsed.get(key);
    if (!tree) {
      const text = catalog[key] as string | MessageTree | undefined;
      if (text === undefined) {
        onMissing?.(key);
        return '';
      }
      tree = typeof text === 'string' ? parse(text, { ignoreTag: true }) : text;
      parsed.set(key, tree);
    }
    return formatTree(tree, INTL_LOCALE[locale], values);
  };
}
