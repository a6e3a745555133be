import type { ScenarioError } from '../../driver/index.ts';
import { useLocale, useT } from '../i18n/useT.ts';
import { ScriptErrorText } from './ScriptErrorText.tsx';

// The parser's refusals, one per line number; clicking one puts the cursor on that line.

export interface ScriptErrorsProps {
  errors: ScenarioError[];
  /** The whole report, for a refusal that is not about lines (a driver that cannot play scripts). */
  message: string;
  /** Errors past the ones listed. */
  omittedErrors: number;
  onPick(line: number): void;
}

export function ScriptErrors({ errors, message, omittedErrors, onPick }: ScriptErrorsProps) {
  const t = useT();
  const locale = useLocale();
  if (errors.length === 0) {
    return (
      <p className="script-refusal" role="alert" data-testid="script-errors">
        <span lang={locale === 'en' ? undefined : 'en'}>{message}</span>
      </p>
    );
  }
  return (
    <ul className="script-errors" role="alert" data-testid="script-errors" aria-label={t('script.errors.label')}>
      {errors.map((e, i) => (
        <li key={i} data-line={e.line}>
          {e.line > 0 ? (
            <button type="button" className="link-button" onClick={() => onPick(e.line)}>
              {t('script.errors.line', { line: e.line })}
            </button>
          ) : (
            <strong>{t('script.errors.script')}</strong>
          )}
          {locale === 'zh' ? '：' : ': '}
          <ScriptErrorText error={e} />
        </li>
      ))}
      {omittedErrors > 0 && <li>{t('script.errors.more', { count: omittedErrors })}</li>}
    </ul>
  );
}
