import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './zh.css';

// Everything Chinese, in one chunk loaded on demand: the catalog, the narration and the CJK face
// (split by unicode-range, so a browser fetches only the slices of the characters it draws).

export { zh } from '../../i18n/messages/zh/index.ts';
export { chinese as chineseNarration } from '../../narrate/zh/index.ts';
