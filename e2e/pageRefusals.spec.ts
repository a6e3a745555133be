import { expect, test, type Page } from '@playwright/test';

// The page refuses what ZooKeeper refuses, with the same rules the scenario parser applies
// (src/core/limits.ts, src/core/path.ts): the server's own /zookeeper subtree is in every tree and
// reserved, and a request above jute.maxbuffer is refused on the form before anything is sent.

async function openTab(page: Page, tab: 'data' | 'clients'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
}

async function send(page: Page, kind: 'create' | 'delete' | 'set', path: string): Promise<void> {
  await openTab(page, 'data');
  const form = page.getByTestId('op-form');
  await form.getByTestId('op-client-c1').check();
  await form.getByTestId(`op-kind-${kind}`).check();
  await form.getByTestId('op-path').fill(path);
  await form.getByTestId('op-send').click();
}

test('/zookeeper is in every tree and reserved; a path over jute.maxbuffer is refused on the form', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?driver=sim&speed=5');
  await expect(page.getByTestId('leader')).toHaveAttribute('data-leader-id', /^\d+$/, { timeout: 30_000 });
  await openTab(page, 'data');
  for (const id of [1, 2, 3, 4, 5]) {
    await expect(page.getByTestId(`tree-${id}`).locator('[data-path="/zookeeper/config"]')).toHaveCount(1);
  }

  await openTab(page, 'clients');
  const connect = page.getByTestId('connect-form');
  await connect.getByTestId('connect-name').fill('c1');
  await connect.getByTestId('connect-timeout').fill('6000');
  await connect.getByTestId('connect-submit').click();
  await expect(page.getByTestId('client-c1')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });

  const result = page.getByTestId('op-result');
  await send(page, 'create', '/zookeeper');
  await expect(result).toHaveAttribute('data-code', 'NODEEXISTS', { timeout: 15_000 });
  await send(page, 'delete', '/zookeeper/quota');
  await expect(result).toHaveAttribute('data-code', 'BADARGUMENTS', { timeout: 15_000 });
  await send(page, 'create', '/zookeeper/config/x');
  await expect(result).toHaveAttribute('data-code', 'NOAUTH', { timeout: 15_000 });

  await send(page, 'create', '/' + 'p'.repeat(1_100_000));
  await expect(page.getByTestId('op-error-path')).toContainText('jute.maxbuffer');
  await page.screenshot({ path: testInfo.outputPath('refusals-1280x720.png') });

  await page.goto('/?driver=sim&nodes=51');
  await expect(page.getByTestId('node-51')).toBeVisible({ timeout: 30_000 });
  await openTab(page, 'data');
  await expect(page.getByTestId('tree-51').locator('[data-path="/zookeeper"]')).toHaveCount(1, { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('data-51-nodes.png') });
});
