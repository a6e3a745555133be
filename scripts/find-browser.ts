import { describeBrowser, NO_BROWSER_MESSAGE, provideBrowser } from './findBrowser.ts';
import { findOptionsFromEnv, systemProbes } from './systemProbes.ts';

// `npm test` and `npm run bench:browser` run this first: it finds a Chromium (installing one when it
// can) and says which, or prints one sentence on how to get one and exits 1. playwright.config.ts
// then picks the same browser with installedBrowser().

const say = (line: string) => console.log(`find-browser: ${line}`);

provideBrowser(systemProbes, { ...findOptionsFromEnv(), say }).then(
  (browser) => {
    if (browser) {
      say(`using ${describeBrowser(browser)}`);
    } else {
      console.error(NO_BROWSER_MESSAGE);
      process.exitCode = 1;
    }
  },
  (error: unknown) => {
    console.error(`find-browser: could not look for a browser (${error instanceof Error ? error.message : String(error)}). ${NO_BROWSER_MESSAGE}`);
    process.exitCode = 1;
  },
);
