import type { ScenarioError } from '../../driver/index.ts';
import { code } from '../../i18n/codeText.ts';
import { problemWords } from '../../i18n/problem.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useLocale, useT } from '../i18n/useT.ts';

// One refusal in the page's language: from its problem (data) through the catalog, the script's own
// words drawn as code. A refusal the parser has no problem for yet keeps its English, labelled so.

export function ScriptErrorText({ error }: { error: ScenarioError }) {
  const t = useT();
  const locale = useLocale();
  if (error.problem) return <CodeSpans text={problemWords(error.problem, t, code)} />;
  if (locale === 'en') return <>{error.message}</>;
  return (
    <>
      {t('script.errors.parserSays')}{' '}
      <span lang="en" translate="no">
        {error.message}
      </span>
    </>
  );
}
