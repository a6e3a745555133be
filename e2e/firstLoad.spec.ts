import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';

// The first-load budget (issue 10): the JavaScript a browser fetches before the first leader is
// shown, gzipped, at most 150 KB, with the default (Web Worker) driver, in English and in Chinese.
// Lessons, compare mode, the diagram and the tabs load on demand and must not count, nor what the
// page fetches once it has drawn the leader (the first-visit guide, the words for what follows an
// action). Sizes are the bodies as served, gzipped here at level 9 (what a static host's gzip would
// send, or less). Measured figures and what is left: docs/PERFORMANCE.md, "First load".

const BUDGET_BYTES = 150 * 1024;

for (const lang of ['en', 'zh']) {
  test(`the JavaScript before the first leader is at most 150 KB gzipped (${lang})`, async ({ page }) => {
    // The moment the page first draws a serving leader, on the wall clock requests are timed by:
    // a script asked for after it (the first-visit guide, which names that leader) does not count,
    // however soon it arrives.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="leader"][data-state="serving"]')) return;
        (window as { leaderShownAtMs?: number }).leaderShownAtMs = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    });
    const scripts = new Map<string, { askedAtMs: number; bytes: Promise<number> }>();
    const recordScript = (response: Response) => {
      const url = response.url();
      if (!/\.m?js(\?|$)/.test(new URL(url).pathname) || scripts.has(url)) return;
      scripts.set(url, { askedAtMs: response.request().timing().startTime, bytes: response.body().then((body) => gzipSync(body, { level: 9 }).length) });
    };
    page.context().on('response', recordScript);
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('leader')).toHaveAttribute('data-state', 'serving', { timeout: 30_000 });
    const leaderShownAtMs = await page.evaluate(() => (window as { leaderShownAtMs?: number }).leaderShownAtMs ?? null);
    expect(leaderShownAtMs, 'the page recorded when it drew the leader').not.toBeNull();
    page.context().off('response', recordScript);
    const before = [...scripts].filter(([, s]) => s.askedAtMs <= leaderShownAtMs!);
    const sizes = await Promise.all(before.map(async ([url, s]) => ({ file: new URL(url).pathname, bytes: await s.bytes })));
    const totalBytes = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const listing = sizes.sort((a, b) => b.bytes - a.bytes).map((s) => `${s.file} ${(s.bytes / 1024).toFixed(1)} KB`).join('\n');
    test.info().annotations.push({ type: 'first-load', description: `${(totalBytes / 1024).toFixed(1)} KB gzipped in ${sizes.length} files (${lang})` });
    console.log(`first load (${lang}): ${(totalBytes / 1024).toFixed(1)} KB gzipped\n${listing}`);
    expect(sizes.some((s) => s.file.includes('index'))).toBe(true);
    expect(totalBytes, `gzipped JavaScript before the first leader:\n${listing}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
