import type { ActionsNarration } from '../language.ts';
import { actionSentences, faultText } from './actions.ts';
import { aftermathSentences } from './aftermath.ts';
import { clientSentences } from './client.ts';
import { requestProblemText } from './problems.ts';

// Chinese for what people, their scripts and their clients did, and what followed: a chunk the page loads with the first
// of it (src/ui/i18n/localeStore.ts), since nothing before that says it.

export const actionsNarration: ActionsNarration = {
  sentences: { ...actionSentences, ...clientSentences, ...aftermathSentences },
  fault: faultText,
  problem: requestProblemText,
};
