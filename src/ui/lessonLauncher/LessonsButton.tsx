import { useT } from '../i18n/useT.ts';
import { openPicker, useLauncher } from './launcherStore.ts';

// The toolbar's "Lessons" button: opens the picker (the lessons themselves load on demand).

export function LessonsButton() {
  const t = useT();
  const open = useLauncher((s) => s.pickerOpen);
  return (
    <button type="button" onClick={() => openPicker(!open)} aria-expanded={open} title={t('lessonLauncher.buttonTitle')} data-testid="open-lessons">
      {t('lessonLauncher.button')}
    </button>
  );
}
