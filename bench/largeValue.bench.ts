import { chromium } from '@playwright/test';
import { countFrames } from './pageProbes.ts';

// A value of almost 1 MiB on five live servers: the page's frame rate and click latency with the Data
// tab open, and the size of its DOM. Runs against a page already served (vite preview), so a build
// before a change and one after can be compared:
//
//   npx tsx bench/largeValue.bench.ts http://127.0.0.1:4184

const origin = process.argv[2] ?? 'http://127.0.0.1:4173';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The largest value a request for /big can carry: path and value within jute.maxbuffer (0xfffff bytes).
const VALUE_BYTES = 0xfffff - '/big'.length;
const FRAME_WINDOW_MS = 5000;
const CLICKS = 10;

// Page code as strings: tsx would wrap functions in helpers the page lacks.
/** Real ms from a click on each side tab in turn until the frame after it is painted. */
const clickLatencies = `(async () => {
  const tabs = ['events', 'data'];
  const out = [];
  for (let i = 0; i < ${CLICKS}; i++) {
    const tab = document.querySelector('[data-testid="tab-' + tabs[i % 2] + '"]');
    const start = performance.now();
    tab.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - start);
  }
  return out;
})()`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${origin}/?nodes=5&speed=1`);
await page.locator('[data-testid="leader"]:not([data-leader-id=""])').waitFor({ timeout: 60_000 });

await page.getByTestId('tab-clients').click();
const connect = page.getByTestId('connect-form');
await connect.getByTestId('connect-name').fill('c1');
await connect.getByTestId('connect-server').selectOption('1');
await connect.getByTestId('connect-submit').click();
await page.locator('[data-testid="client-c1"][data-state="connected"]').waitFor({ timeout: 30_000 });

await page.getByTestId('tab-data').click();
const form = page.getByTestId('op-form');
await form.getByTestId('op-client-c1').check();
await form.getByTestId('op-kind-create').check();
await form.getByTestId('op-path').fill('/big');
await form.getByTestId('op-value').fill('x'.repeat(VALUE_BYTES));
await form.getByTestId('op-send').click();
for (const id of [1, 2, 3, 4, 5]) await page.locator(`[data-testid="tree-${id}"] [data-path="/big"]`).waitFor({ timeout: 60_000 });
// The op form still holds the megabyte (as the tester's page did); clear it so only the trees count.
await form.getByTestId('op-value').fill('');
await page.waitForTimeout(2000);

const counted = await countFrames(page, FRAME_WINDOW_MS);
const frames = { fps: ((counted.frames - 1) * 1000) / counted.elapsedMs, maxGapMs: counted.maxGapMs };
const clicks = ((await page.evaluate(clickLatencies)) as number[]).sort((a, b) => a - b);
const domChars = await page.evaluate('document.documentElement.outerHTML.length');
const median = clicks[Math.floor(clicks.length / 2)] ?? 0;
console.log(JSON.stringify({ origin, fps: Math.round(frames.fps * 10) / 10, maxFrameGapMs: Math.round(frames.maxGapMs), clickMedianMs: Math.round(median), clickMaxMs: Math.round(clicks.at(-1) ?? 0), domChars }));
await browser.close();
