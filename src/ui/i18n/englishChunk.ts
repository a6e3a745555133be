// English, in one chunk: the first screen's words and the narration. The page loads it before it
// draws in English (and when it switches to English), so a page in another language never carries
// it. The other areas' words load with their parts (localeStore.ts).

export { firstScreen } from '../../i18n/messages/en/firstScreen.ts';
export { englishModel as narration } from '../../narrate/en/model.ts';
