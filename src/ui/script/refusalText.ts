import type { ScenarioError } from '../../driver/index.ts';
import { code } from '../../i18n/codeText.ts';
import { problemWords } from '../../i18n/problem.ts';
import type { Translate } from '../../i18n/translate.ts';

// A refused script or file in one line of the page's language: each error from its problem, the
// English report where the refusal has no problem as data (a trace that is not one, a driver that
// cannot play scripts).

export function refusalText(refusal: { errors: ScenarioError[]; message: string }, t: Translate): string {
  if (refusal.errors.length === 0 || refusal.errors.some((e) => !e.problem)) return code(refusal.message.split('\n').join('; '));
  return refusal.errors.map((e) => (e.line > 0 ? `${t('script.errors.line', { line: e.line })}: ` : '') + problemWords(e.problem!, t, code)).join('; ');
}
