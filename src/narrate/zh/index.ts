import type { Language } from '../language.ts';
import { clientSentences } from './client.ts';
import { detailLines } from './details.ts';
import { faultText, hostSentences } from './host.ts';
import { requestProblemText } from './problems.ts';
import { serverSentences } from './server.ts';
import { realDetailLines, realSentences } from './real.ts';
import { idList, zxidList } from './words.ts';

// The story's headlines are ./story.ts, apart: the page loads them with the story view.

/** Simplified Chinese: the same tables as English, sentence for sentence. */
export const chinese: Language = {
  sentences: { ...serverSentences, ...clientSentences, ...hostSentences, ...realSentences },
  details: { ...detailLines, ...realDetailLines },
  fault: faultText,
  problem: requestProblemText,
  lists: { ids: idList, zxids: zxidList },
};
