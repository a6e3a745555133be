import type { ModelLanguage } from '../language.ts';
import { clientSentences } from './client.ts';
import { detailLines } from './details.ts';
import { faultText, hostSentences } from './host.ts';
import { requestProblemText } from './problems.ts';
import { serverSentences } from './server.ts';
import { idList, zxidList } from './words.ts';

// English for every record the model makes (the simulator and the Web Worker servers): the page's
// language chunk carries this, and a real ensemble's part (./real.ts) loads with the real driver.

export const englishModel: ModelLanguage = {
  sentences: { ...serverSentences, ...clientSentences, ...hostSentences },
  details: detailLines,
  fault: faultText,
  problem: requestProblemText,
  lists: { ids: idList, zxids: zxidList },
};
