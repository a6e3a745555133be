import type { Locale } from '../../i18n/locale.ts';
import type { Catalog, MessageKey } from '../../i18n/messages/en/index.ts';
import { makeTranslate, type MessageValues } from '../../i18n/translate.ts';
import { lessonTextEn, type LessonTextKey } from '../../lessons/text/en.ts';
import { lessonTextZh } from '../../lessons/text/zh.ts';

// The lessons' words in the page's language, rendered by the page's ICU formatter. makeTranslate
// is typed for the page's own catalog; the lessons' catalog has its own keys, hence the casts.

export type LessonTranslate = (key: LessonTextKey, values?: MessageValues) => string;

const cache = new Map<Locale, LessonTranslate>();

export function lessonTranslate(locale: Locale): LessonTranslate {
  let t = cache.get(locale);
  if (!t) {
    const format = makeTranslate(locale, (locale === 'zh' ? lessonTextZh : lessonTextEn) as unknown as Catalog);
    t = (key, values) => format(key as unknown as MessageKey, values);
    cache.set(locale, t);
  }
  return t;
}
