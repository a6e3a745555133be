import { useT } from '../i18n/useT.ts';
import { showLauncherNotice, useLauncher, type LauncherNotice } from './launcherStore.ts';
import type { Translate } from '../../i18n/translate.ts';
import { RichText } from './RichText.tsx';

// Why ?lesson= opened nothing, in the page's language, dismissible like the other notices.

function words(t: Translate, notice: LauncherNotice): string {
  switch (notice.kind) {
    case 'unknown-lesson':
      return t('notices.unknownLesson', { id: notice.id });
    case 'bad-step':
      return t('notices.badStep', { step: notice.step, steps: notice.steps });
    case 'step-without-lesson':
      return t('notices.stepWithoutLesson');
  }
}

export function LessonNotice() {
  const t = useT();
  const notice = useLauncher((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="notices" role="alert">
      <p className="notice" data-testid="lesson-notice" data-problem={notice.kind}>
        <span>
          <RichText text={words(t, notice)} />
        </span>
        <button type="button" onClick={() => showLauncherNotice(null)} aria-label={t('lessonLauncher.dismiss')}>
          ✕
        </button>
      </p>
    </div>
  );
}
