import { expect, test, type Page } from '@playwright/test';
import { passSimMs, simTimeMs } from './simClock.ts';

// The space-time diagram (issue 9, build 4) in the simulator, where it sees every message: a crash
// of the leader draws its pings before the crash, none after, and on each follower's lane a timer
// mark about syncLimit × tickTime (5 × 2,000 ms) after the last ping it got. Waits on the simulated
// clock only. With SPACETIME_SCREENSHOTS=1 it also writes the screenshots under docs/ and reports the
// redraw time at 101 servers.

const SYNC_LIMIT_MS = 5 * 2000;
const TICK_MS = 2000;
const SCREENSHOTS = process.env.SPACETIME_SCREENSHOTS === '1';

interface DrawnMessage {
  kind: string;
  type: string;
  from: number;
  to: number;
  sentMs: number;
  deliveredMs: number;
}

async function drawnMessages(page: Page): Promise<DrawnMessage[]> {
  return page
    .getByTestId('spacetime')
    .locator('[data-testid="msg"]')
    .evaluateAll((els) =>
      els.map((el) => ({
        kind: el.getAttribute('data-kind') ?? '',
        type: el.getAttribute('data-type') ?? '',
        from: Number(el.getAttribute('data-from')),
        to: Number(el.getAttribute('data-to')),
        sentMs: Number(el.getAttribute('data-sent-ms')),
        deliveredMs: Number(el.getAttribute('data-delivered-ms')),
      })),
    );
}

async function leaderId(page: Page): Promise<number> {
  await expect(page.getByTestId('leader')).toHaveAttribute('data-leader-id', /^\d+$/, { timeout: 30_000 });
  return Number(await page.getByTestId('leader').getAttribute('data-leader-id'));
}

async function openDiagram(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('spacetime-toggle').click();
  await expect(page.getByTestId('spacetime')).toBeVisible();
}

test('a crash of the leader: its pings, the silence, and each follower\'s syncLimit × tickTime timer mark', async ({ page }) => {
  await openDiagram(page, '/?driver=sim&nodes=5&speed=5');
  const leader = await leaderId(page);
  await passSimMs(page, 4_000);
  const before = await drawnMessages(page);
  expect(before.filter((m) => m.kind === 'ping' && m.from === leader).length, 'pings from the leader are drawn').toBeGreaterThan(4);

  await page.getByTestId(`node-${leader}`).click();
  const crash = page.getByTestId('spacetime').locator(`[data-testid="fault-mark"][data-action="crash"][data-node="${leader}"]`);
  await expect(crash).toHaveCount(1);
  const crashMs = Number(await crash.getAttribute('data-t-ms'));
  const followers = [1, 2, 3, 4, 5].filter((id) => id !== leader);

  // Every follower notices by its own read timeout, about syncLimit × tickTime after the crash.
  const timers = page.getByTestId('spacetime').locator(`[data-testid="timer-mark"][data-reason="leader-silent"][data-peer="${leader}"]`);
  await expect.poll(() => timers.count(), { timeout: 30_000, message: 'every follower marks the leader silent' }).toBe(followers.length);
  await page.getByTestId('pause-all').click();
  expect(await simTimeMs(page)).toBeLessThan(crashMs + 25_000);

  const messages = await drawnMessages(page);
  expect(messages.filter((m) => m.kind === 'ping' && m.from === leader && m.sentMs < crashMs).length, 'pings from the leader before the crash').toBeGreaterThan(0);
  expect(messages.filter((m) => m.from === leader && m.sentMs >= crashMs), 'nothing from the leader after its crash').toEqual([]);

  for (const follower of followers) {
    const mark = timers.and(page.locator(`[data-node="${follower}"]`));
    await expect(mark).toHaveCount(1);
    const firedMs = Number(await mark.getAttribute('data-t-ms'));
    expect(Number(await mark.getAttribute('data-limit-ms'))).toBe(SYNC_LIMIT_MS);
    expect(Number(await mark.getAttribute('data-silent-ms'))).toBeGreaterThanOrEqual(SYNC_LIMIT_MS);
    const lastPing = Math.max(...messages.filter((m) => m.kind === 'ping' && m.from === leader && m.to === follower).map((m) => m.deliveredMs));
    expect(lastPing, `server ${follower} heard a ping before the crash`).toBeLessThanOrEqual(crashMs + 10);
    // The silent gap on the follower's lane: from the last ping to the mark, about syncLimit × tickTime.
    expect(firedMs - lastPing).toBeGreaterThanOrEqual(SYNC_LIMIT_MS);
    expect(firedMs - lastPing).toBeLessThanOrEqual(SYNC_LIMIT_MS + TICK_MS);
    await expect(mark).toContainText('syncLimit × tickTime passed');
  }

  // Click a message for its contents; pointing at it lights up its two servers in the topology.
  // (Dispatched to the arrow itself: a ping and its answer overlap at this zoom.)
  const ping = page.getByTestId('spacetime').locator(`[data-testid="msg"][data-kind="ping"][data-from="${leader}"]`).last();
  const to = Number(await ping.getAttribute('data-to'));
  await ping.dispatchEvent('mouseover');
  await expect(page.getByTestId(`node-${to}`)).toHaveClass(/is-highlighted/);
  await ping.dispatchEvent('click');
  await expect(page.getByTestId('msg-details')).toContainText(`PING ${leader} → ${to}`);
  await expect(page.getByTestId('msg-details')).toContainText('last proposed');

  // Pointing at the log's entry for a follower's suspicion puts a cursor at its moment in the diagram.
  const suspicion = page.getByTestId('event-log').locator('li[data-kind="peer-suspected"]').first();
  const suspectedMs = (JSON.parse((await suspicion.getAttribute('data-event')) ?? '{}') as { t: number }).t;
  await suspicion.hover();
  await expect(page.getByTestId('spacetime-cursor')).toHaveAttribute('data-t-ms', String(suspectedMs));
});

test('a drag pans into the past and stops following the present; the button follows it again', async ({ page }) => {
  await openDiagram(page, '/?driver=sim&nodes=5&speed=5');
  await leaderId(page);
  await passSimMs(page, 40_000);
  const pane = page.getByTestId('spacetime');
  await expect(pane).toHaveAttribute('data-follow', 'true');
  const plot = (await pane.locator('.st-hit').boundingBox())!;
  const firstTick = () => pane.locator('.st-tick').first().textContent();
  const before = await firstTick();
  await page.mouse.move(plot.x + plot.width * 0.3, plot.y + plot.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width * 0.8, plot.y + plot.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await expect(pane).toHaveAttribute('data-follow', 'false');
  expect(await firstTick()).not.toBe(before);
  await pane.getByTestId('spacetime-follow').click();
  await expect(pane).toHaveAttribute('data-follow', 'true');
});

test('packets a one-way cut held are drawn held, sent during the cut and delivered at the heal', async ({ page }) => {
  await openDiagram(page, '/?driver=sim&nodes=5&speed=5');
  const leader = await leaderId(page);
  await passSimMs(page, 3_000);
  const follower = leader === 1 ? 2 : 1;
  const [a, b] = [Math.min(leader, follower), Math.max(leader, follower)];
  await page.locator(`[data-link-hit="${a}-${b}"]`).click({ force: true });
  await page.getByTestId(`link-menu-${a}-${b}`).locator(`[data-action="cut-${leader}-${follower}"]`).click();
  await passSimMs(page, 4_000);
  await page.getByTestId('heal-all').click();
  await passSimMs(page, 1_000);
  await page.getByTestId('pause-all').click();
  const pane = page.getByTestId('spacetime');
  const cutMs = Number(await pane.locator('[data-testid="fault-mark"][data-action="cut"]').getAttribute('data-t-ms'));
  const healMs = Number(await pane.locator('[data-testid="fault-mark"][data-action="heal"]').getAttribute('data-t-ms'));
  const held = await pane.locator('[data-testid="msg"][data-held="true"]').evaluateAll((els) => els.map((el) => ({ from: Number(el.getAttribute('data-from')), to: Number(el.getAttribute('data-to')), sentMs: Number(el.getAttribute('data-sent-ms')), deliveredMs: Number(el.getAttribute('data-delivered-ms')) })));
  expect(held.length).toBeGreaterThanOrEqual(3);
  for (const m of held) {
    expect(m).toMatchObject({ from: leader, to: follower });
    expect(m.sentMs).toBeGreaterThanOrEqual(cutMs);
    expect(m.sentMs).toBeLessThan(healMs);
    expect(m.deliveredMs).toBeGreaterThanOrEqual(healMs);
  }
  await expect(pane.locator('.st-held-word')).toContainText(`${held.length} held`);
});

test('the diagram at 101 servers: a bounded set of lanes, pings counted in bands', async ({ page }) => {
  await openDiagram(page, '/?driver=sim&nodes=101&speed=2&testHooks=1');
  const leader = await leaderId(page);
  await passSimMs(page, 4_000);
  const pane = page.getByTestId('spacetime');
  await expect(pane.locator('[data-testid="ping-band"]').first()).toBeVisible();
  await expect.poll(() => pane.locator('[data-testid^="lane-"]').count()).toBeLessThanOrEqual(12);
  await expect(pane.getByTestId(`lane-${leader}`)).toBeVisible();
  expect(await pane.locator('[data-testid="msg"][data-kind="ping"]').count()).toBe(0);
  expect(await pane.locator('[data-testid="msg"]').count()).toBeLessThanOrEqual(500);
});

test('screenshots of the diagram, and its redraw time at 101 servers', async ({ page }) => {
  // Not a check: it rewrites the committed docs/ images, so it runs only when asked (CI must not).
  test.skip(!SCREENSHOTS, 'set SPACETIME_SCREENSHOTS=1 to write docs/spacetime-*.png');
  test.setTimeout(180_000);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openDiagram(page, '/?driver=sim&nodes=5&speed=5');
    const leader = await leaderId(page);
    await passSimMs(page, 8_000);
    await page.getByTestId(`node-${leader}`).click();
    await expect(page.getByTestId('spacetime').locator('[data-testid="timer-mark"]').first()).toBeVisible({ timeout: 30_000 });
    await passSimMs(page, 1_500);
    await page.getByTestId('pause-all').click();
    await page.screenshot({ path: `docs/spacetime-${width}.png` });
  }

  await page.setViewportSize({ width: 1280, height: 720 });
  await openDiagram(page, '/?driver=sim&nodes=101&speed=2&testHooks=1');
  const leader = await leaderId(page);
  await passSimMs(page, 6_000);
  await page.getByTestId(`node-${leader}`).click();
  await expect(page.getByTestId('spacetime').locator('[data-testid="timer-mark"]').first()).toBeVisible({ timeout: 60_000 });
  await passSimMs(page, 3_000);
  await page.getByTestId('pause-all').click();
  await page.screenshot({ path: 'test-results/spacetime-101.png' });
  // The diagram's own redraw, the cluster paused so nothing else renders: zoom in and out by wheel.
  await page.evaluate(() => {
    const probe = (globalThis as unknown as { __zkSpacetime: { redrawsMs: number[]; scenesMs: number[] } }).__zkSpacetime;
    probe.redrawsMs.length = 0;
    probe.scenesMs.length = 0;
  });
  const plot = await page.getByTestId('spacetime').locator('.st-hit').boundingBox();
  await page.mouse.move(plot!.x + plot!.width * 0.7, plot!.y + plot!.height / 2);
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, i % 2 === 0 ? -120 : 120);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  const probe = await page.evaluate(() => (globalThis as unknown as { __zkSpacetime: { redrawsMs: number[]; scenesMs: number[]; lastElements: number } }).__zkSpacetime);
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    return `${sorted.length} redraws, p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`;
  };
  console.log(`spacetime redraw at 101 servers (render and commit): ${stats(probe.redrawsMs)}; building the scene: ${stats(probe.scenesMs)}; ${probe.lastElements} elements`);
});
