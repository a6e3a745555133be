import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectChineseIn } from './zhText.ts';

// Compare mode (?compare=<set-up>): two clusters, each on its own simulated driver, under one
// simulated clock, playing the same fault. Waits on the model's state (the figures' data-value,
// the shared clock's data-time-ms), never on real time. COMPARE_SCREENSHOTS=1 also writes
// docs/compare.png (1280×720) and a projector-sized one under test-results/.

const screenshots = process.env.COMPARE_SCREENSHOTS === '1';

function metric(cluster: Locator, name: string): Locator {
  return cluster.getByTestId(`compare-metric-${name}`);
}

async function value(cluster: Locator, name: string): Promise<number> {
  return Number(await metric(cluster, name).getAttribute('data-value'));
}

/** Each cluster's own clock and the shared one, read in one go. */
async function clocks(page: Page): Promise<{ shared: number; a: number; b: number }> {
  return page.getByTestId('compare-clock').evaluate((el) => ({ shared: Number(el.getAttribute('data-time-ms')), a: Number(el.getAttribute('data-a-time-ms')), b: Number(el.getAttribute('data-b-time-ms')) }));
}

/** Both clusters have noticed the fault and serve again under a new leader. */
async function bothRecovered(page: Page, timeout = 30_000): Promise<void> {
  for (const id of ['cluster-a', 'cluster-b']) {
    const cluster = page.getByTestId(id);
    await expect(metric(cluster, 'detection')).toHaveAttribute('data-value', /^\d+$/, { timeout });
    await expect(metric(cluster, 'recovered')).toHaveAttribute('data-value', /^\d+$/, { timeout });
  }
}

async function pause(page: Page): Promise<void> {
  const button = page.getByTestId('compare-pause');
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

test("article-vs-zookeeper: one clock; the article's detector suspects more, falsely too, and detects at another time than ZooKeeper's", async ({ page }) => {
  await page.goto('/?compare=article-vs-zookeeper&speed=10');
  const a = page.getByTestId('cluster-a');
  const b = page.getByTestId('cluster-b');
  for (const cluster of [a, b]) {
    await expect(cluster.locator('[data-testid^="node-"][data-node-id]')).toHaveCount(5);
    await expect(cluster.getByTestId('node-5')).toHaveAttribute('data-state', 'leading');
    await expect(cluster.getByTestId('node-5')).toHaveAttribute('data-epoch', '1');
  }
  await bothRecovered(page);
  // The leader (5) crashed in both; a new one leads a later epoch.
  for (const cluster of [a, b]) {
    await expect(cluster.getByTestId('node-5')).toHaveAttribute('data-state', 'down');
    await expect(cluster.locator('[data-state="leading"][data-established="true"]')).toHaveCount(1);
    expect(await value(cluster, 'epoch')).toBeGreaterThanOrEqual(2);
    expect(await value(cluster, 'election-starter')).toBeGreaterThan(0);
  }
  // Detection and the new leaders were announced in the polite live region.
  await expect(page.getByTestId('compare-live')).toHaveAttribute('data-serial', /^[1-9]\d*$/);
  await expect(page.getByTestId('compare-live')).toHaveText(/^Cluster [AB]/);
  await pause(page);
  const held = await clocks(page);
  expect(held.a).toBe(held.shared);
  expect(held.b).toBe(held.shared);

  expect(await value(a, 'suspicions')).toBeGreaterThan(await value(b, 'suspicions'));
  expect(await value(a, 'false-suspicions')).toBeGreaterThan(0);
  expect(await value(b, 'false-suspicions')).toBe(0);
  const detectedA = await value(a, 'detection');
  const detectedB = await value(b, 'detection');
  // The article's 3 s timeout against ZooKeeper's syncLimit 5 × tickTime 2000.
  expect(detectedA).toBeLessThanOrEqual(4000);
  expect(detectedB).toBeGreaterThanOrEqual(8000);
  expect(await value(a, 'heartbeats')).toBeGreaterThan(0);
  expect(await value(b, 'heartbeats')).toBe(0);
  expect(await value(b, 'pings')).toBeGreaterThan(0);

  // Paused, neither clock moves; a step moves both by the same simulated time.
  await page.getByTestId('compare-step').click();
  await expect(page.getByTestId('compare-clock')).toHaveAttribute('data-time-ms', String(held.shared + 100));
  const stepped = await clocks(page);
  expect([stepped.a, stepped.b]).toEqual([held.shared + 100, held.shared + 100]);

  if (screenshots) {
    await page.screenshot({ path: 'docs/compare.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/compare-1920.png' });
  }
});

test('runs both clusters on one clock while they play, and a click crashes the server in both', async ({ page }) => {
  await page.goto('/?compare=article-vs-zookeeper&speed=5');
  const clock = page.getByTestId('compare-clock');
  await expect.poll(async () => (await clocks(page)).shared, { timeout: 20_000 }).toBeGreaterThan(5000);
  // Sampled while running: each read sees both clusters at the shared time.
  for (let i = 0; i < 5; i++) {
    const now = await clocks(page);
    expect([now.a, now.b]).toEqual([now.shared, now.shared]);
  }
  await expect(clock).not.toContainText(/paused|已暂停/);
  // A fault clicked on one cluster happens in both.
  await page.getByTestId('cluster-a').getByTestId('node-2').click();
  for (const id of ['cluster-a', 'cluster-b']) await expect(page.getByTestId(id).getByTestId('node-2')).toHaveAttribute('data-state', 'down');
});

test('the toolbar opens compare mode, the switcher loads the other set-ups, and the way back leads to the playground', async ({ page }) => {
  await page.goto('/?driver=sim&speed=10');
  await page.getByTestId('open-compare').click();
  await expect(page).toHaveURL(/[?&]compare=article-vs-zookeeper(&|$)/);
  await expect(page.getByTestId('cluster-a').getByTestId('node-1')).toBeVisible();
  await expect(page.getByTestId('compare-view')).toHaveAttribute('data-setup', 'article-vs-zookeeper');

  await page.getByTestId('compare-setup').selectOption('crash-vs-kill');
  await expect(page.getByTestId('compare-view')).toHaveAttribute('data-setup', 'crash-vs-kill');
  await expect(page).toHaveURL(/[?&]compare=crash-vs-kill(&|$)/);
  const a = page.getByTestId('cluster-a');
  const b = page.getByTestId('cluster-b');
  await bothRecovered(page);
  // A crash waits for syncLimit × tickTime; a kill resets the connections at once.
  expect(await value(a, 'detection')).toBeGreaterThanOrEqual(8000);
  expect(await value(b, 'detection')).toBeLessThan(100);
  expect(await value(b, 'recovered')).toBeLessThan(await value(a, 'recovered'));

  await page.getByTestId('compare-setup').selectOption('tick-tuning');
  await expect(page.getByTestId('compare-view')).toHaveAttribute('data-setup', 'tick-tuning');
  await bothRecovered(page);
  expect(await value(a, 'detection')).toBeLessThan(await value(b, 'detection'));
  expect(await value(a, 'false-suspicions')).toBeGreaterThan(0);

  await page.getByTestId('compare-back').click();
  await expect(page.getByTestId('leader')).toBeVisible();
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
});

test('the share link keeps the set-up and the moment: opened, it shows the same figures, paused there', async ({ page, context }) => {
  await page.goto('/?compare=crash-vs-kill&speed=10');
  await bothRecovered(page);
  await pause(page);
  const share = page.getByTestId('share-link');
  const url = await share.getAttribute('data-url');
  const atMs = Number(await share.getAttribute('data-at-ms'));
  expect(url).toMatch(/[?&]compare=crash-vs-kill(&|$)/);
  expect(new URL(url!).searchParams.get('at')).toBe(String(atMs));
  const figures = async (p: Page) =>
    p.locator('[data-testid^="compare-metric-"]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-testid')}=${el.getAttribute('data-value')}`));
  const before = await figures(page);

  const opened = await context.newPage();
  await opened.goto(url!);
  await expect(opened.getByTestId('compare-view')).toHaveAttribute('data-setup', 'crash-vs-kill');
  await expect(opened.getByTestId('compare-clock')).toHaveAttribute('data-time-ms', String(atMs));
  await expect(opened.getByTestId('compare-pause')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => figures(opened)).toEqual(before);
});

test('a bad ?compare= is refused in words and the playground opens', async ({ page }) => {
  await page.goto('/?compare=nonsense&driver=sim');
  await expect(page.getByRole('alert')).toContainText('?compare=nonsense');
  await expect(page.getByTestId('leader')).toBeVisible();
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
});

test('in Chinese: the same story, and the compare view leaves no English', async ({ page }) => {
  await page.goto('/?compare=article-vs-zookeeper&lang=zh&speed=10');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await bothRecovered(page);
  // The same story in Chinese: the article's model suspects more and detects at another time.
  const a = page.getByTestId('cluster-a');
  const b = page.getByTestId('cluster-b');
  expect(await value(a, 'suspicions')).toBeGreaterThan(await value(b, 'suspicions'));
  expect(await value(a, 'detection')).not.toBe(await value(b, 'detection'));
  // The whole compare view: its own words, the two topologies, the speed slider.
  await expectChineseIn(page.getByTestId('compare-view'), 'compare view');
});
