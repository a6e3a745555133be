import { english } from '../en/index.ts';
import type { Language } from '../language.ts';

// PLACEHOLDER while the Chinese narration is written: renders English. Replaced by src/narrate/zh/*.
export const chinese: Language = english;
