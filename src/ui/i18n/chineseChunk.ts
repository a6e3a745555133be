import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './zh.css';

// Chinese, in one chunk loaded on demand: the first screen's words, the narration and the CJK face
// (split by unicode-range, so a browser fetches only the slices of the characters it draws). The
// other areas' words, and the story's, load with their parts, as in English (localeStore.ts).

export { firstScreen } from '../../i18n/messages/zh/firstScreen.ts';
export { chineseModel as narration } from '../../narrate/zh/model.ts';
