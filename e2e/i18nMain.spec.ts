import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectChineseIn } from './zhText.ts';

// The page's chrome in Chinese: with ?lang=zh every label, tooltip, accessible name and message of
// the top bar, toolbar, time bar, topology, legend, menus, settings, notices and the events tab is
// Chinese (ZooKeeper's own terms aside, src/i18n/terms.ts). The switch changes the language live and
// remembers it; ?lang= overrides the remembered choice for one visit.

const ZH = '/?lang=zh&driver=sim&nodes=5&speed=5';

async function expectChinese(_page: Page, root: Locator, where: string): Promise<void> {
  await expectChineseIn(root, where);
}

async function leaderElected(page: Page): Promise<string> {
  const summary = page.getByTestId('leader');
  await expect(summary).toHaveAttribute('data-state', 'serving', { timeout: 30_000 });
  return (await summary.getAttribute('data-leader-id')) ?? '';
}

test('with ?lang=zh the page chrome is Chinese: top bar, toolbar, time bar, topology, legend, events tab', async ({ page }) => {
  await page.goto(ZH);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await leaderElected(page);
  await expect(page).toHaveTitle('ZooKeeper 故障转移演练场');
  await expect(page.getByTestId('pause-all')).toHaveText('❚❚ 暂停');
  await expectChinese(page, page.locator('header.topbar'), 'the top bar');
  await expectChinese(page, page.locator('nav.toolbar'), 'the toolbar');
  await expectChinese(page, page.getByTestId('timeline'), 'the time bar');
  await expectChinese(page, page.locator('section.topology-panel'), 'the topology and legend');
  await expectChinese(page, page.locator('.side-tabs'), 'the side tabs');
  await expectChinese(page, page.locator('#side-panel-events'), 'the events tab (details, heartbeat matrix, log)');

  // The pause-on menu open, and a step taken: its readout.
  await page.getByTestId('pause-on').locator('summary').click();
  await expect(page.getByTestId('auto-pause-suspect')).toBeVisible(); // its items load with their words on first open
  await expectChinese(page, page.getByTestId('pause-on'), 'the pause-on menu');
  await page.getByTestId('pause-all').click();
  await page.getByTestId('step').click();
  await expect(page.getByTestId('step-result')).toBeVisible();
  await expectChinese(page, page.getByTestId('timeline'), 'the time bar after a step');

  // The story view.
  await page.getByTestId('events-view-story').click();
  await expect(page.getByTestId('story-chapter').first()).toBeVisible();
  await expectChinese(page, page.locator('#side-panel-events'), 'the story view');
});

test('with ?lang=zh the node menu, link menu and the settings dialog, with its errors, are Chinese', async ({ page }) => {
  await page.goto(ZH);
  const leader = await leaderElected(page);
  await page.getByTestId(`node-menu-${leader}`).click();
  const menu = page.getByTestId(`menu-${leader}`);
  await expect(menu.locator('[data-action="crash"]')).toBeVisible();
  await expectChinese(page, menu, 'the node menu');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);

  await page.locator('[data-link-hit="1-2"]').click({ force: true });
  const linkMenu = page.getByTestId('link-menu-1-2');
  await expect(linkMenu).toBeVisible();
  await expectChinese(page, linkMenu, 'the link menu');
  await page.keyboard.press('Escape');

  await page.getByTestId('open-settings').click();
  const dialog = page.getByRole('dialog', { name: '集群设置' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio').nth(1).check();
  await expect(page.locator('#setting-heartbeatMs')).toBeVisible();
  await expectChinese(page, dialog, 'the settings dialog');
  await page.locator('#setting-nodes').fill('abc');
  await page.locator('#setting-heartbeatMs').fill('1000');
  await page.locator('#setting-timeoutMs').fill('1000');
  await dialog.getByRole('button', { name: '应用' }).click();
  await expect(page.locator('#error-nodes')).toHaveText('服务器数：1 到 101 之间的整数。');
  await expect(page.locator('#error-timeoutMs')).toContainText('必须长于心跳间隔');
  await expectChinese(page, dialog, 'the settings dialog with its errors');
  // Nothing changed: the dialog stays open and the cluster keeps its five servers.
  await expect(dialog).toBeVisible();
  await expect(page.locator('[data-testid^="node-"][data-node-id]')).toHaveCount(5);
});

test('a bad URL parameter is reported in Chinese, the parameter as typed', async ({ page }) => {
  await page.goto('/?lang=zh&driver=sim&nodes=abc&speed=fast');
  const notices = page.locator('.notices');
  await expect(notices.locator('.notice')).toHaveCount(2);
  await expect(notices.locator('.notice').first()).toHaveText(/^\?nodes=abc 不是 1 到 101 之间的整数；改用 5 台服务器。/);
  await expect(notices.locator('code').first()).toHaveText('?nodes=abc');
  await expectChinese(page, notices, 'the notices');
  await expect(page.locator('[data-testid^="node-"][data-node-id]')).toHaveCount(5);
});

test('a large cluster in Chinese: the heartbeat focus view and the grouped log', async ({ page }) => {
  await page.goto('/?lang=zh&driver=sim&nodes=25&speed=5');
  await leaderElected(page);
  await expect(page.locator('.hb-focus')).toBeVisible();
  await expectChinese(page, page.locator('#side-panel-events'), 'the events tab at 25 servers');
  await expectChinese(page, page.locator('section.topology-panel'), 'the topology at 25 servers');
});

test('the English | 中文 switch changes the page live, is remembered, and ?lang=en overrides it once', async ({ page }) => {
  await page.goto('/?driver=sim&nodes=5');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await leaderElected(page);
  await expect(page.getByTestId('open-settings')).toHaveText('⚙ Settings');
  // A mark on the window that a reload would lose.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  await page.getByTestId('lang-zh').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('open-settings')).toHaveText('⚙ 设置');
  await expect(page.getByTestId('lang-zh')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveTitle('ZooKeeper 故障转移演练场');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expectChinese(page, page.locator('nav.toolbar'), 'the toolbar after the switch');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('open-settings')).toHaveText('⚙ 设置');

  await page.goto('/?lang=en&driver=sim&nodes=5');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('open-settings')).toHaveText('⚙ Settings');
  await expect(page).toHaveTitle('ZooKeeper Failover Playground');

  // ?lang=en was for that visit only: the remembered choice is still Chinese.
  await page.goto('/?driver=sim&nodes=5');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('open-settings')).toHaveText('⚙ Settings');
});

test('the Chinese labels fit: no button or tab clipped at 1280×720, at 5 and at 25 servers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const nodes of [5, 25]) {
    await page.goto(`/?lang=zh&driver=sim&nodes=${nodes}&speed=5`);
    await leaderElected(page);
    const clipped = await page.locator('nav.toolbar button, nav.toolbar label, .side-tab, .timeline-bar button, .timeline-bar summary, header.topbar > *').evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth).map((el) => el.textContent?.trim() ?? el.tagName),
    );
    expect(clipped, `clipped at ${nodes} servers`).toEqual([]);
    // The top bar's readouts and the legend's key each stay on one line.
    for (const line of [page.getByTestId('leader'), page.getByTestId('language-switch'), page.locator('.legend-states')]) {
      expect((await line.boundingBox())!.height, `one line at ${nodes} servers`).toBeLessThan(45);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling').toBe(true);
    await page.screenshot({ path: test.info().outputPath(`zh-${nodes}-1280x720.png`) });
  }
});

test('screenshot of the Chinese interface for docs/', async ({ page }) => {
  // Not a check: it rewrites the committed docs/ image, so it runs only when asked (CI must not).
  test.skip(!process.env.I18N_SCREENSHOTS, 'set I18N_SCREENSHOTS=1 to write docs/screenshot-zh.png');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?lang=zh&driver=sim&nodes=5&seed=7');
  await leaderElected(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined)); // the CJK slices this screen draws
  await page.screenshot({ path: 'docs/screenshot-zh.png' });
});
