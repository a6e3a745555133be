import { english } from './en/index.ts';
import { registerLanguage } from './narration.ts';

// Narration with English always there: the command line, the simulator's reports and the tests
// import this. The page imports ./narration.ts and loads its language itself, so that a Chinese
// page does not carry the English tables (src/ui/i18n/localeStore.ts).

registerLanguage('en', english);

export * from './narration.ts';
export { idList, zxidList } from './en/words.ts';
// The story's and the fault metrics' words are in ./story.ts, which the page loads with their views.
