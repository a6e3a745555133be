import { chromium } from '@playwright/test';
const [,, url, out, action, waitMs, w, h] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const page = await browser.newPage({ viewport: { width: Number(w || 1280), height: Number(h || 720) } });
await page.goto(url);
await page.waitForSelector('[data-testid="leader"]:not([data-leader-id=""])', { timeout: 60000 });
await page.waitForTimeout(1500);
if (action === 'crash-leader') {
  const id = await page.getByTestId('leader').getAttribute('data-leader-id');
  await page.getByTestId(`node-${id}`).click();
}
await page.waitForTimeout(Number(waitMs || 0));
await page.screenshot({ path: out });
await browser.close();
