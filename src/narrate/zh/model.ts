import type { ModelLanguage } from '../language.ts';
import { detailLines } from './details.ts';
import { hostSentences } from './host.ts';
import { serverSentences } from './server.ts';
import { idList, zxidList } from './words.ts';

// Chinese for every record the model makes (the simulator and the Web Worker servers): the page's
// language chunk carries this. What people did (./actionsPart.ts) loads with the first of it, and a
// real ensemble's part (./real.ts) with the real driver.

export const chineseModel: ModelLanguage = {
  sentences: { ...serverSentences, ...hostSentences },
  details: detailLines,
  lists: { ids: idList, zxids: zxidList },
};
