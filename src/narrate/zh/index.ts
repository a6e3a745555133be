import { wholeLanguage, type Language } from '../language.ts';
import { actionsNarration } from './actionsPart.ts';
import { chineseModel } from './model.ts';
import { realNarration } from './real.ts';

// The story's headlines are ./story.ts, apart: the page loads them with the story view.

/** Simplified Chinese: the same tables as English, sentence for sentence. */
export const chinese: Language = wholeLanguage(chineseModel, actionsNarration, realNarration);
