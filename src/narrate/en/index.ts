import { wholeLanguage, type Language } from '../language.ts';
import { actionsNarration } from './actionsPart.ts';
import { englishModel } from './model.ts';
import { realNarration } from './real.ts';

/** English: the language of the playground today. */
export const english: Language = wholeLanguage(englishModel, actionsNarration, realNarration);
