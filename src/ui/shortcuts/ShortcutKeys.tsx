import { useT } from '../i18n/useT.ts';
import { KEY_CAPS, SHIFT_CAP, SPACE_KEY, type Shortcut } from './keymap.ts';

// A shortcut's keys as keycaps: "Shift + ←", "S or .". A keycap shows what is printed on the key
// (translate="no": the same on every keyboard), space excepted.

export function ShortcutKeys({ shortcut }: { shortcut: Shortcut }) {
  const t = useT();
  return (
    <>
      {shortcut.keys.map((key, i) => (
        <span key={key} className="shortcut-keys">
          {i > 0 && <span className="shortcut-or">{t('shortcuts.or')}</span>}
          {shortcut.shift && (
            <>
              <kbd translate="no">{SHIFT_CAP}</kbd>+
            </>
          )}
          {key === ' ' ? <kbd>{t(SPACE_KEY)}</kbd> : <kbd translate="no">{KEY_CAPS[key] ?? key.toUpperCase()}</kbd>}
        </span>
      ))}
    </>
  );
}
