import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages/en/index.ts';
import { SHORTCUT_GROUPS, SHORTCUTS, shortcutFor, type KeyPress } from './keymap.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const noLesson = { lessonOpen: false };
const lesson = { lessonOpen: true };

describe('the keymap', () => {
  it('maps each key to its shortcut', () => {
    expect(shortcutFor(press(' '), noLesson)?.id).toBe('pause');
    expect(shortcutFor(press('s'), noLesson)?.id).toBe('step');
    expect(shortcutFor(press('c'), noLesson)?.id).toBe('crash-leader');
    expect(shortcutFor(press('k'), noLesson)?.id).toBe('kill-leader');
    expect(shortcutFor(press('r'), noLesson)?.id).toBe('restart-down');
    expect(shortcutFor(press('p'), noLesson)?.id).toBe('present');
    expect(shortcutFor(press('l'), noLesson)?.id).toBe('lessons');
    expect(shortcutFor(press('Escape'), noLesson)?.id).toBe('close');
    expect(shortcutFor(press('x'), noLesson)).toBeNull();
  });

  it('reads letters in either case, "?" with its Shift, and the arrows with and without Shift', () => {
    expect(shortcutFor(press('C'), noLesson)?.id).toBe('crash-leader');
    expect(shortcutFor(press('?', { shiftKey: true }), noLesson)?.id).toBe('help');
    expect(shortcutFor(press('ArrowLeft'), noLesson)?.id).toBe('scrub-back');
    expect(shortcutFor(press('ArrowLeft', { shiftKey: true }), noLesson)?.id).toBe('mark-back');
    expect(shortcutFor(press('ArrowRight', { shiftKey: true }), noLesson)?.id).toBe('mark-forward');
  });

  it('leaves every key pressed with Ctrl, Alt or Meta to the browser', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(shortcutFor(press('r', { [mod]: true }), noLesson)).toBeNull();
      expect(shortcutFor(press('PageDown', { [mod]: true }), lesson)).toBeNull();
    }
  });

  it('turns a lesson step with PageDown, "." and PageUp only while a lesson is open', () => {
    expect(shortcutFor(press('PageDown'), lesson)?.id).toBe('lesson-next');
    expect(shortcutFor(press('.'), lesson)?.id).toBe('lesson-next');
    expect(shortcutFor(press('PageUp'), lesson)?.id).toBe('lesson-prev');
    expect(shortcutFor(press('PageDown'), noLesson)).toBeNull();
    expect(shortcutFor(press('PageUp'), noLesson)).toBeNull();
    expect(shortcutFor(press('.'), noLesson)?.id).toBe('step');
  });

  it('gives every shortcut words in the catalog, a known group, and no key twice within a context', () => {
    for (const s of SHORTCUTS) {
      expect(en[s.label]).toBeTruthy();
      expect(SHORTCUT_GROUPS).toContain(s.group);
    }
    for (const context of [noLesson, lesson]) {
      const seen = new Map<string, string>();
      for (const s of SHORTCUTS) {
        for (const key of s.keys) {
          const meaning = shortcutFor(press(key, { shiftKey: !!s.shift }), context)?.id;
          const slot = `${key}${s.shift ? '+shift' : ''}`;
          if (seen.has(slot)) expect(meaning).toBe(seen.get(slot));
          else if (meaning) seen.set(slot, meaning);
        }
      }
    }
  });
});
