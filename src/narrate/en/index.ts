import { withRealPart, type Language } from '../language.ts';
import { englishModel } from './model.ts';
import { realNarration } from './real.ts';

/** English: the language of the playground today. */
export const english: Language = withRealPart(englishModel, realNarration);
