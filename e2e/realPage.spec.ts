import { expect, test, type Page } from '@playwright/test';
import { startFakeBridge, type FakeBridge } from './helpers/fakeBridge.ts';

// The page with ?driver=real against a fake bridge (e2e/helpers/fakeBridge.ts: the protocol, no
// ZooKeeper): what the page shows of a real ensemble, which controls it offers, and what it sends.

let bridge: FakeBridge;

test.beforeEach(async () => {
  bridge = await startFakeBridge();
});

test.afterEach(async () => {
  await bridge.close();
});

const node = (page: Page, id: number) => page.getByTestId(`node-${id}`);
const open = (page: Page, token = bridge.token) => page.goto(`/?driver=real&token=${token}&bridge=${bridge.port}&lang=en`);

test('shows the ensemble the bridge reports, offers only what a real ensemble can do, and sends a kill', async ({ page }) => {
  await open(page);
  await expect(node(page, 3)).toHaveAttribute('data-state', 'leading');
  await expect(node(page, 1)).toHaveAttribute('data-state', 'following');
  await expect(page.getByTestId('speed-fixed')).toBeVisible();
  await expect(page.locator('.speed-control input[type="range"]')).toHaveCount(0);
  await expect(page.getByTestId('open-settings')).toHaveCount(0);
  await expect(page.getByTestId('reset')).toHaveCount(0);

  await page.getByTestId('node-menu-3').click();
  const menu = page.getByTestId('menu-3');
  await menu.getByRole('menuitem', { name: /^Kill/ }).click();
  await expect.poll(() => bridge.commands.map((c) => c.command)).toEqual([{ type: 'kill', server: 3 }]);
  await expect(node(page, 3)).toHaveAttribute('data-state', 'down');
  await expect(node(page, 2)).toHaveAttribute('data-state', 'leading', { timeout: 10_000 });
  const log = page.getByTestId('event-log');
  await expect(log.locator('[data-kind="kill"] [data-testid="event-source"]')).toHaveText(/you/i);
  await expect(log.locator('[data-kind="notification-seen"]').first()).toContainText('received a notification from server');
  await page.screenshot({ path: 'test-results/real-page.png' });
});

test('says plainly when the bridge refuses the token', async ({ page }) => {
  await open(page, 'wrong');
  await expect(page.getByTestId('bridge-connection')).toHaveAttribute('data-connection', 'refused');
  await expect(page.getByTestId('bridge-connection')).toContainText('token');
});

test('says plainly when no bridge answers', async ({ page }) => {
  const port = bridge.port;
  await bridge.close();
  await page.goto(`/?driver=real&token=t&bridge=${port}&lang=en`);
  await expect(page.getByTestId('bridge-connection')).toHaveAttribute('data-connection', 'unreachable');
  await expect(page.getByTestId('bridge-connection')).toContainText('npm run real');
  await page.screenshot({ path: 'test-results/real-page-unreachable.png' });
  bridge = await startFakeBridge();
});
