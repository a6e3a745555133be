import { script } from '../../i18n/messages/en/script.ts';
import { problemWords } from '../../i18n/problem.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import type { ScenarioProblem, ScriptErrorKey } from './types.ts';

// A refusal as data (key and values) and its English words, which `npm run sim` prints and the
// tests read: rendered through the English catalog's script area (every script.error.* key and the
// phrases they nest), the one definition of the words.

const english = makeTranslate('en', script);

export function problem(key: ScriptErrorKey, values?: ScenarioProblem['values']): ScenarioProblem {
  return values ? { key, values } : { key };
}

export function englishWords(p: ScenarioProblem): string {
  return problemWords(p, english);
}
