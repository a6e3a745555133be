import { expect, test, type Locator, type Page } from '@playwright/test';
import { passSimMs } from './simClock.ts';
import { expectChineseIn } from './zhText.ts';

// The side tabs and the space-time diagram in Chinese (?lang=zh): each shows no English beyond
// ZooKeeper's kept terms, at rest and after an action that brings a result or an error. The
// user's own text (paths, values, script text) is marked translate="no" and skipped by the check.
// Waits on the page's state and the simulated clock, never on real time. With I18N_SCREENSHOTS=1
// it also writes each tab's screenshot to /tmp and the Data tab's to docs/screenshot-zh-data.png.

const SCREENSHOTS = process.env.I18N_SCREENSHOTS === '1';

async function expectChinese(_page: Page, root: Locator, where: string): Promise<void> {
  await expectChineseIn(root, where);
}

async function openTab(page: Page, tab: string): Promise<Locator> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  const panel = page.locator(`#side-panel-${tab}`);
  await expect(panel).toBeVisible();
  // A tab's code loads on first open; its content, not the loading note, is what is checked.
  await expect(panel.locator('.side-loading')).toHaveCount(0);
  return panel;
}

async function shoot(page: Page, name: string, alsoTo?: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.evaluate(() => document.fonts.ready.then(() => undefined)); // the CJK slices this screen draws
  await page.screenshot({ path: `/tmp/i18n-tabs-${name}.png` });
  if (alsoTo) await page.screenshot({ path: alsoTo });
}

async function leaderId(page: Page): Promise<number> {
  await expect(page.getByTestId('leader')).toHaveAttribute('data-leader-id', /^\d+$/, { timeout: 30_000 });
  return Number(await page.getByTestId('leader').getAttribute('data-leader-id'));
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=zh&driver=sim&nodes=5');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await leaderId(page);
});

test('Data and Clients: the forms, a created znode, NodeExists explained and a bad path, in Chinese', async ({ page }) => {
  const data = await openTab(page, 'data');
  await expectChinese(page, data, 'the Data tab with no client');

  const clients = await openTab(page, 'clients');
  await page.getByTestId('connect-timeout').fill('1');
  await page.getByTestId('connect-submit').click();
  await expect(page.getByTestId('connect-error-timeoutMs')).toBeVisible();
  await expectChinese(page, clients, 'the Clients tab with a refused timeout');
  await page.getByTestId('connect-timeout').fill('6000');
  await page.getByTestId('connect-submit').click();
  await expect(page.getByTestId('client-c1')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  await expectChinese(page, clients, 'the Clients tab with a session');
  await shoot(page, 'clients');

  await openTab(page, 'data');
  const result = page.getByTestId('op-result');
  await page.getByTestId('op-path').fill('/app');
  await page.getByTestId('op-value').fill('v1');
  await page.getByTestId('op-send').click();
  await expect(result).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expectChinese(page, data, 'the Data tab after a create');

  // The same create again: the leader answers NODEEXISTS, which stays as the code, explained in Chinese.
  await page.getByTestId('op-send').click();
  await expect(result).toHaveAttribute('data-code', 'NODEEXISTS', { timeout: 30_000 });
  await expect(result).toContainText('该路径的节点已经存在');
  await expectChinese(page, data, 'the Data tab after NodeExists');

  // A path without its leading "/": refused before anything is sent, with the fix.
  await page.getByTestId('op-path').fill('app/config');
  await page.getByTestId('op-send').click();
  await expect(page.getByTestId('op-error-path')).toContainText('路径必须以“/”开头');
  await expectChinese(page, data, 'the Data tab with a bad path');
  await shoot(page, 'data', 'docs/screenshot-zh-data.png');

  // A read shows the value and the server's lag in Chinese.
  await page.getByTestId('op-kind-get').click();
  await page.getByTestId('op-path').fill('/app');
  await page.getByTestId('op-send').click();
  await expect(result.locator('.read-value')).toHaveText('"v1"', { timeout: 30_000 });
  await expectChinese(page, data, 'the Data tab after a read');
});

test('Network: a partition preset applied, drawn groups and a bad loss value, in Chinese', async ({ page }) => {
  const network = await openTab(page, 'network');
  await expectChinese(page, network, 'the Network tab at rest');

  await page.getByTestId('preset-isolate-leader').hover();
  await expect(page.locator('#preset-lesson')).toContainText('退位');
  await page.getByTestId('preset-isolate-leader').click();
  await expect(page.getByTestId('active-faults')).toHaveAttribute('data-count', '1');
  await expectChinese(page, network, 'the Network tab with the leader isolated');

  await page.getByTestId('group-A-1').check();
  await page.getByTestId('group-A-2').check();
  await expect(page.getByTestId('group-summary')).toHaveAttribute('data-can-lead', /.*/);
  await page.getByTestId('global-drop').fill('150');
  await page.getByTestId('global-quality').getByRole('button').last().click();
  await expect(page.getByTestId('global-quality').locator('.field-error')).toContainText('丢包率');
  await expectChinese(page, network, 'the Network tab with drawn groups and a refused loss');
  await shoot(page, 'network');
});

test('Script: the recording, the share link and a script refused with its reasons, in Chinese', async ({ page }) => {
  const script = await openTab(page, 'script');
  await expect(page.getByTestId('share-link')).toHaveAttribute('data-url', /script=/);
  await expectChinese(page, script, 'the Script tab at rest');

  await page.getByTestId('script').fill('nodes 3\nat 100 crsh 1\nat 200 crash 9\nexpect 300 leader 1');
  await page.getByTestId('script-run').click();
  const errors = page.getByTestId('script-errors');
  await expect(errors.locator('li')).toHaveCount(3);
  await expect(errors).toContainText('未知的动作');
  await expect(errors).toContainText('没有服务器 9');
  await expectChinese(page, script, 'the Script tab with a refused script');
  await shoot(page, 'script');
});

test('Metrics and the space-time diagram after a crash, in Chinese', async ({ page }) => {
  const leader = await leaderId(page);
  const metrics = await openTab(page, 'metrics');
  await expectChinese(page, metrics, 'the Metrics tab with no fault');

  await page.getByTestId('spacetime-toggle').click();
  const pane = page.getByTestId('spacetime');
  await expect(pane).toBeVisible();
  await passSimMs(page, 2_000);
  await page.getByTestId(`node-${leader}`).click();
  await expect(page.getByTestId('fault-metric')).toHaveCount(1);
  const timers = pane.locator(`[data-testid="timer-mark"][data-reason="leader-silent"][data-peer="${leader}"]`);
  await expect.poll(() => timers.count(), { timeout: 30_000, message: 'a follower marks the crashed leader silent' }).toBeGreaterThan(0);
  await expect(page.getByTestId('fault-metric')).not.toHaveAttribute('data-recovered-ms', '', { timeout: 30_000 });
  await page.getByTestId('pause-all').click();
  await expectChinese(page, metrics, 'the Metrics tab after a crash');
  await shoot(page, 'metrics');

  await expect(timers.first()).toContainText('syncLimit × tickTime');
  const ping = pane.locator('[data-testid="msg"][data-kind="ping"]').last();
  await ping.dispatchEvent('click');
  await expect(page.getByTestId('msg-details')).toContainText('PING');
  await expectChinese(page, pane, 'the space-time diagram with a message opened');
  await shoot(page, 'spacetime');
});
