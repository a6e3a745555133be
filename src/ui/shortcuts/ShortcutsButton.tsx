import { useT } from '../i18n/useT.ts';
import { setShortcutsOpen } from './shortcutsStore.ts';

// The toolbar's "?": the shortcuts overlay, for those who do not know the key yet.

export function ShortcutsButton() {
  const t = useT();
  return (
    <button type="button" className="shortcuts-button" onClick={() => setShortcutsOpen(true)} title={t('shortcuts.open')} aria-label={t('shortcuts.open')} aria-keyshortcuts="?" data-testid="open-shortcuts">
      ?
    </button>
  );
}
