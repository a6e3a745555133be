import { useT } from '../i18n/useT.ts';
import { togglePresenting, usePresentation } from './presentation.ts';

// The toolbar's switch for presentation mode (also the "p" key, and ?present=1).

export function PresentToggle() {
  const t = useT();
  const presenting = usePresentation((s) => s.presenting);
  return (
    <button type="button" className="present-toggle" onClick={togglePresenting} aria-pressed={presenting} aria-keyshortcuts="p" title={t('presentation.toggleHint')} data-testid="present-toggle">
      <span aria-hidden="true">▣ </span>
      {t('presentation.toggle')}
    </button>
  );
}
