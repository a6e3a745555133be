import type { Locale } from '../i18n/locale.ts';
import type { StoryWords } from './language.ts';

// The story's words of each language but English (which ./story.ts carries): a module of its own,
// so whoever loads Chinese can register its story table without pulling in the English one.

const registered: Partial<Record<Locale, StoryWords>> = {};

export function registerStoryWords(lang: Locale, words: StoryWords): void {
  registered[lang] = words;
}

export function registeredStoryWords(lang: Locale): StoryWords | undefined {
  return registered[lang];
}
