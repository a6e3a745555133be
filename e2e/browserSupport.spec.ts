import { expect, test, type Page } from '@playwright/test';
import { expectLogged, loggedEvents } from './eventLog.ts';

// The page outside a comfortable browser: no IndexedDB (sandboxed iframes, blocked site data, some
// private modes), an IndexedDB whose open() never answers, and a non-secure origin (plain http on a
// LAN address). Init scripts break the page's globals before any of its code runs; the probe at
// start runs on the page, so the supervisor keeps every disk on the main thread.

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function leaderOf(page: Page): Promise<{ id: number; epoch: number }> {
  const leader = page.getByTestId('leader');
  await expect(leader).not.toHaveAttribute('data-leader-id', '', { timeout: 30_000 });
  return { id: Number(await leader.getAttribute('data-leader-id')), epoch: Number(await leader.getAttribute('data-epoch')) };
}

/** Crash the leader, wait for a successor, restart the old one: it must come back from its disk. */
async function failoverAndRestart(page: Page): Promise<void> {
  const old = await leaderOf(page);
  await page.getByTestId(`node-${old.id}`).click();
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-state', 'down');
  await expect
    .poll(async () => {
      const leader = page.getByTestId('leader');
      const id = await leader.getAttribute('data-leader-id');
      return id !== '' && Number(id) !== old.id && Number(await leader.getAttribute('data-epoch')) > old.epoch;
    }, { timeout: 30_000 })
    .toBe(true);
  await page.getByTestId(`node-${old.id}`).click();
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-state', 'following', { timeout: 30_000 });
  // The new worker read the epoch it had persisted before the crash: the disk outlived its worker.
  await expectLogged(page, 'restart', { node: old.id, acceptedEpoch: old.epoch, currentEpoch: old.epoch });
}

const cases: { name: string; script: string; cause: string }[] = [
  { name: 'no IndexedDB at all', script: `Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });`, cause: 'missing' },
  {
    name: 'an IndexedDB that refuses to open',
    script: `IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };`,
    cause: 'refused',
  },
  { name: 'an IndexedDB whose open() never answers', script: `IDBFactory.prototype.open = function () { return {}; };`, cause: 'no-answer' },
];

for (const c of cases) {
  test(`with ${c.name}, servers keep their disks in memory, the page says so once, and a failover works`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript(c.script);
    await page.goto('/?driver=live&nodes=5&speed=5');
    await expectLogged(page, 'disk-in-memory', { node: null, cause: c.cause }, 15_000);
    await expect(page.locator('.notice').filter({ hasText: 'Disks in memory' })).toHaveCount(1);
    await failoverAndRestart(page);
    expect((await loggedEvents(page)).filter((e) => e.kind === 'disk-in-memory')).toHaveLength(1);
    await expect(page.locator('[data-testid^="node-"][data-state="down"]')).toHaveCount(0);
    expect((await loggedEvents(page)).filter((e) => e.kind === 'runtime-error')).toEqual([]);
    await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
    expect(errors).toEqual([]);
  });
}

test('outside a secure context (no crypto.randomUUID, no Web Locks), the page starts and fails over', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(`
    delete Crypto.prototype.randomUUID;
    delete Crypto.prototype.subtle;
    delete Navigator.prototype.locks;
    delete Navigator.prototype.clipboard;
    delete Navigator.prototype.storage;
    Object.defineProperty(window, 'isSecureContext', { value: false });
  `);
  await page.goto('/?driver=live&nodes=5&speed=5');
  expect(await page.evaluate(() => isSecureContext || 'randomUUID' in crypto)).toBe(false);
  await failoverAndRestart(page);
  await expect(page.locator('.boot-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});
