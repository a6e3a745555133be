import { describe, expect, it } from 'vitest';
import { code, plainText, textParts } from '../../i18n/codeText.ts';
import { zh } from '../../i18n/messages/zh/index.ts';
import { problemWords } from '../../i18n/problem.ts';
import { makeTranslate } from '../../i18n/translate.ts';
import { untranslatedWords } from '../../i18n/terms.ts';
import { parseScenario } from '../scenario.ts';

// A refused script's reasons are data: the same problem reads as npm run sim's English and, in the
// page, in Chinese with the script's own words as code.

const chinese = makeTranslate('zh', zh);

function refusals(text: string) {
  const parsed = parseScenario(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.errors;
}

describe('script refusals as data', () => {
  it('keep the English report and carry the problem for the page', () => {
    const [unknownAction, noServer] = refusals('nodes 3\nat 100 crsh 1\nat 200 crash 9');
    expect(unknownAction!.message).toMatch(/^unknown action 'crsh' \(expected one of: start, crash, .*\); did you mean 'crash'\?$/);
    expect(unknownAction!.problem).toMatchObject({ key: 'script.error.unknownNear', values: { word: 'crsh', suggestion: 'crash', kind: { key: 'script.error.kind.action' } } });
    expect(noServer!.message).toBe('no server 9: servers are 1..3');
  });

  it('read in Chinese, the script words drawn as code and no English left outside them', () => {
    const errors = refusals('seed 1\nat 100 crsh 1\nexpect 300 leader 1');
    for (const e of errors) {
      const text = problemWords(e.problem!, chinese, code);
      const prose = textParts(text).filter((part) => !part.code).map((part) => part.text).join(' ');
      expect(untranslatedWords(prose), plainText(text)).toEqual([]);
    }
    expect(plainText(problemWords(errors[0]!.problem!, chinese, code))).toBe('缺少 nodes 行（例如 nodes 5）');
  });
});
