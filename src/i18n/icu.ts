import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageValues } from './translate.ts';

// Renders a parsed ICU message: the subset our catalogs use (text, {arg}, {arg, number}, plural
// and select with `#`), the way formatjs's intl-messageformat renders it, in a tenth of its
// size, which matters because the page ships it before the first leader. A tree may hold a text
// part as a bare string: the build writes them so (scripts/precompileMessages.ts), smaller than
// the parser's literal nodes. Anything else (dates, times, styled numbers) is refused, loudly.

/** A parsed message; the build's trees write text parts as bare strings. */
export type MessageTree = readonly (MessageFormatElement | string)[];

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function pluralRule(locale: string, type: 'cardinal' | 'ordinal'): Intl.PluralRules {
  const id = `${locale}:${type}`;
  let rules = pluralRules.get(id);
  if (!rules) pluralRules.set(id, (rules = new Intl.PluralRules(locale, { type })));
  return rules;
}

function valueOf(values: MessageValues, name: string): MessageValues[string] {
  if (!(name in values)) throw new Error(`the message needs a value for {${name}}`);
  return values[name];
}

/** The message's text with these values, numbers and plurals in the locale's way. */
export function formatTree(tree: MessageTree, locale: string, values: MessageValues = {}, pound: number | null = null): string {
  let out = '';
  for (const element of tree) {
    if (typeof element === 'string') {
      out += element;
      continue;
    }
    switch (element.type) {
      case TYPE.literal:
        out += element.value;
        break;
      case TYPE.argument: {
        const value = valueOf(values, element.value);
        out += value === null || value === undefined || value === false ? '' : String(value);
        break;
      }
      case TYPE.number:
        if (element.style) throw new Error(`{${element.value}, number, …}: styled numbers are not supported`);
        out += numberFormat(locale).format(Number(valueOf(values, element.value)));
        break;
      case TYPE.pound:
        out += pound === null ? '#' : numberFormat(locale).format(pound);
        break;
      case TYPE.select: {
        const option = element.options[String(valueOf(values, element.value))] ?? element.options.other;
        if (!option) throw new Error(`{${element.value}, select}: no option for its value and no "other"`);
        out += formatTree(option.value, locale, values, pound);
        break;
      }
      case TYPE.plural: {
        const n = Number(valueOf(values, element.value));
        const counted = n - element.offset;
        const option = element.options[`=${n}`] ?? element.options[pluralRule(locale, element.pluralType ?? 'cardinal').select(counted)] ?? element.options.other;
        if (!option) throw new Error(`{${element.value}, plural}: no option for ${n} and no "other"`);
        out += formatTree(option.value, locale, values, counted);
        break;
      }
      default:
        throw new Error(`ICU element of type ${element.type} is not supported`);
    }
  }
  return out;
}
