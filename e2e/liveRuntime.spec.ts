import { expect, test, type Page } from '@playwright/test';
import { expectLogged } from './eventLog.ts';
import { passSimMs } from './simClock.ts';

// The live runtime in a real browser: one Web Worker per server, BroadcastChannel through the switch worker,
// IndexedDB disks. Runs at 5× so timeouts (syncLimit 5 × tickTime 2,000 ms) take 2 s of real time.

interface Diagnostics {
  cluster: string;
  started: boolean;
  workers: number;
  health: { lagP50Ms: number; lagP99Ms: number; behind: boolean; samples: number };
  transport: { sent: number; lost: number; received: number; reordered: number };
}

const diagnostics = (page: Page): Promise<Diagnostics> =>
  page.evaluate(() => (globalThis as unknown as { __zkLive: { diagnostics(): Promise<Diagnostics> } }).__zkLive.diagnostics());

async function leaderOf(page: Page): Promise<{ id: number; epoch: number }> {
  const leader = page.getByTestId('leader');
  await expect(leader).not.toHaveAttribute('data-leader-id', '', { timeout: 20_000 });
  return { id: Number(await leader.getAttribute('data-leader-id')), epoch: Number(await leader.getAttribute('data-epoch')) };
}

async function newLeader(page: Page, old: { id: number; epoch: number }, timeoutMs: number): Promise<{ id: number; epoch: number }> {
  const leader = page.getByTestId('leader');
  await expect.poll(async () => {
    const id = await leader.getAttribute('data-leader-id');
    return id !== '' && Number(id) !== old.id && Number(await leader.getAttribute('data-epoch')) > old.epoch;
  }, { timeout: timeoutMs }).toBe(true);
  return leaderOf(page);
}

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('five workers elect one leader', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/?driver=live&nodes=5&speed=5&testHooks=1');
  // Five servers and the switch between them.
  await expect.poll(() => page.workers().length).toBe(6);
  const leader = await leaderOf(page);
  expect(leader.epoch).toBeGreaterThanOrEqual(1);
  await expect(page.locator('[data-testid^="node-"][data-state="leading"]')).toHaveCount(1);
  await expect(page.locator('[data-testid^="node-"][data-state="following"]')).toHaveCount(4);
  const d = await diagnostics(page);
  expect(d.started).toBe(true);
  expect(d.transport.reordered).toBe(0);
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
  expect(errors).toEqual([]);
});

test('a crashed leader is replaced in a higher epoch and comes back from its disk as a follower', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/?driver=live&nodes=5&speed=5&testHooks=1');
  const old = await leaderOf(page);
  await page.getByTestId(`node-${old.id}`).click();
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-state', 'down');
  await expect.poll(() => page.workers().length).toBe(5);
  const next = await newLeader(page, old, 20_000);
  // Restart: a new worker that reads its epochs back from IndexedDB, then syncs with the leader.
  await page.getByTestId(`node-${old.id}`).click();
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-state', 'following', { timeout: 20_000 });
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-epoch', String(next.epoch));
  await expectLogged(page, 'restart', { node: old.id, acceptedEpoch: old.epoch });
  const d = await diagnostics(page);
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  expect(names).toContain(`zk:${d.cluster}:${old.id}`);
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
  expect(errors).toEqual([]);
});

test('a killed leader is noticed at once, long before any timeout', async ({ page }) => {
  const errors = watchConsole(page);
  // At 1×: the silent-failure timeout would be 10 s; a reset is noticed within milliseconds.
  await page.goto('/?driver=live&nodes=5&speed=1&testHooks=1');
  const old = await leaderOf(page);
  await page.getByTestId(`node-menu-${old.id}`).click();
  const started = Date.now();
  await page.getByTestId(`menu-${old.id}`).getByRole('menuitem', { name: /^Kill/ }).click();
  await newLeader(page, old, 5_000);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(errors).toEqual([]);
});

test('two tabs run two clusters that never see each other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const errors = [...watchConsole(a), ...watchConsole(b)];
  await a.goto('/?driver=live&nodes=5&speed=5&testHooks=1');
  await b.goto('/?driver=live&nodes=5&speed=5&testHooks=1');
  const leaderA = await leaderOf(a);
  const leaderB = await leaderOf(b);
  const [da, db] = [await diagnostics(a), await diagnostics(b)];
  expect(da.cluster).not.toBe(db.cluster);
  // Crash A's leader: A elects a new one in a higher epoch, B does not notice anything.
  await a.getByTestId(`node-${leaderA.id}`).click();
  await newLeader(a, leaderA, 20_000);
  await passSimMs(b, 15_000);
  expect(await leaderOf(b)).toEqual(leaderB);
  await expect(b.locator('[data-testid^="node-"][data-state="following"]')).toHaveCount(4);
  // Each server received only its own cluster's traffic: 5 servers' worth, not 10.
  const names = await a.evaluate(async () => (await indexedDB.databases()).map((x) => x.name ?? ''));
  expect(names.filter((n) => n.startsWith(`zk:${da.cluster}:`)).length).toBe(5);
  expect(names.filter((n) => n.startsWith(`zk:${db.cluster}:`)).length).toBe(5);
  expect(errors).toEqual([]);
});

test('a paused leader is replaced, and on resume it steps down and follows the new one', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/?driver=live&nodes=5&speed=5&testHooks=1');
  const old = await leaderOf(page);
  await page.getByTestId(`node-menu-${old.id}`).click();
  await page.getByTestId(`menu-${old.id}`).getByRole('menuitem', { name: /^Pause/ }).click();
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-state', 'paused');
  const next = await newLeader(page, old, 20_000);
  await page.getByTestId(`node-menu-${old.id}`).click();
  await page.getByTestId(`menu-${old.id}`).getByRole('menuitem', { name: /^Resume/ }).click();
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-state', 'following', { timeout: 20_000 });
  await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-epoch', String(next.epoch));
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
  expect(errors).toEqual([]);
});

test('the simulated clock stands still while the tab is hidden', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/?driver=live&nodes=5&speed=5&testHooks=1');
  const leader = await leaderOf(page);
  const timeMs = async () => page.evaluate(async () => (await (globalThis as unknown as { __zkLive: { diagnostics(): Promise<{ timeMs: number }> } }).__zkLive.diagnostics()).timeMs);
  // Headless Chromium never hides a page; pretend, the way the browser would announce it.
  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  const frozenAt = await timeMs();
  // The one wait on real time: what is tested is that real time passes while the simulated clock
  // does not (3 s real would be 15 s simulated at 5×, more than syncLimit × tickTime).
  const realStartMs = await page.evaluate(() => performance.now());
  await page.waitForFunction((t) => performance.now() >= t + 3_000, realStartMs, { timeout: 10_000 });
  expect(await timeMs()).toBe(frozenAt);
  await setHidden(false);
  await expect.poll(timeMs, { timeout: 10_000 }).toBeGreaterThan(frozenAt);
  expect(await leaderOf(page)).toEqual(leader);
  await expect(page.locator('[data-testid^="node-"][data-state="following"]')).toHaveCount(4);
  expect(errors).toEqual([]);
});
