import { LOCALES, LOCALE_NAME, type Locale } from '../../i18n/locale.ts';
import { setLocale } from './localeStore.ts';
import { useLocale, useT } from './useT.ts';

// English | 中文 in the top bar. The choice is remembered for the next visit. Each language is named
// in its own words, in every interface language (translate="no").

export function LanguageSwitch() {
  const locale = useLocale();
  const t = useT();
  return (
    <div className="language-switch" role="group" aria-label={t('common.language')} data-testid="language-switch">
      {LOCALES.map((option: Locale) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          translate="no"
          aria-pressed={option === locale}
          data-testid={`lang-${option}`}
          onClick={() => void setLocale(option, true)}
        >
          {LOCALE_NAME[option]}
        </button>
      ))}
    </div>
  );
}
