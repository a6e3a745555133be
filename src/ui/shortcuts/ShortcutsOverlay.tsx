import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { SHORTCUT_GROUPS, SHORTCUTS } from './keymap.ts';
import { ShortcutKeys } from './ShortcutKeys.tsx';
import { setShortcutsOpen, useShortcutsOverlay } from './shortcutsStore.ts';

// The "?" overlay: every shortcut of keymap.ts, by group, as a modal dialog (Escape closes it and
// focus returns where it was).

const GROUP_TITLES = {
  time: 'shortcuts.group.time',
  faults: 'shortcuts.group.faults',
  lessons: 'shortcuts.group.lessons',
  page: 'shortcuts.group.page',
} as const;

export function ShortcutsOverlay() {
  const t = useT();
  const open = useShortcutsOverlay((s) => s.open);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={dialogRef} className="shortcuts" data-testid="shortcuts" aria-labelledby="shortcuts-title" onClose={() => setShortcutsOpen(false)}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <p className="shortcuts-note">{t('shortcuts.note')}</p>
      <div className="shortcuts-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} className="shortcuts-group" aria-labelledby={`shortcuts-group-${group}`}>
            <h3 id={`shortcuts-group-${group}`}>{t(GROUP_TITLES[group])}</h3>
            <dl>
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.id} className="shortcut" data-shortcut={s.id}>
                  <dt>
                    <ShortcutKeys shortcut={s} />
                  </dt>
                  <dd>{t(s.label)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <form method="dialog" className="shortcuts-actions">
        <button type="submit" data-testid="shortcuts-close">
          {t('common.close')}
        </button>
      </form>
    </dialog>
  );
}
