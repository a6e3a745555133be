import { expect, test, type Locator, type Page } from '@playwright/test';
import { loggedEvents } from './eventLog.ts';
import { scrubTo } from './scrub.ts';
import { passSimMs, simTimeMs } from './simClock.ts';

// Time in the teacher's hands, with the simulator (?driver=sim): a step shows exactly one more
// event, and the scrubber shows the whole page as it was, down to the old leader's role and epoch,
// until "Live" brings the present back. Waits are on the page's state and data-time-ms, never on
// real time.

const SIM = '/?driver=sim&nodes=5&speed=5&seed=3';

interface Leader {
  id: number;
  epoch: number;
}

const node = (page: Page, id: number): Locator => page.getByTestId(`node-${id}`);
const logEntries = (page: Page): Locator => page.getByTestId('event-log').locator('li[data-event]');

async function agreedLeader(page: Page, timeout = 20_000): Promise<Leader> {
  const summary = page.getByTestId('leader');
  await expect(summary).toHaveAttribute('data-leader-id', /^\d+$/, { timeout });
  return { id: Number(await summary.getAttribute('data-leader-id')), epoch: Number(await summary.getAttribute('data-epoch')) };
}

/** A key pressed with nothing focused, as after a click on the page's background. */
async function pressOnPage(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

async function timelineAtMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('timeline').getAttribute('data-at-ms'));
}

test('a step shows exactly one more event, and the clock stands at it', async ({ page }) => {
  await page.goto(SIM);
  const leader = await agreedLeader(page);
  await page.getByTestId('pause-all').click();
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'true');
  // A crash while paused: its followers notice only after syncLimit × tickTime, the next event.
  await node(page, leader.id).click();
  await expect(node(page, leader.id)).toHaveAttribute('data-state', 'down');
  await expect.poll(async () => (await loggedEvents(page))[0]?.kind).toBe('crash');
  const pausedAtMs = await simTimeMs(page);
  const before = await logEntries(page).count();

  await page.getByTestId('step-kind').selectOption('event');
  await page.getByTestId('step').click();
  await expect(page.getByTestId('step-result')).toHaveAttribute('data-reached', 'true');
  const steppedMs = Number(await page.getByTestId('step-result').getAttribute('data-at-ms'));
  expect(steppedMs).toBeGreaterThan(pausedAtMs);
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(steppedMs));
  await expect(logEntries(page)).toHaveCount(before + 1);
  const [newest] = await loggedEvents(page);
  expect(newest!.t).toBe(steppedMs);
  expect(newest!.node).not.toBe(leader.id);
  // Still paused: the clock holds and no further entry comes.
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'true');
  expect(await simTimeMs(page)).toBe(steppedMs);
  await expect(logEntries(page)).toHaveCount(before + 1);

  // "." steps again from the keyboard: one more entry.
  await pressOnPage(page, '.');
  await expect(logEntries(page)).toHaveCount(before + 2);
  // Space resumes the run.
  await pressOnPage(page, ' ');
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'false');
});

test('scrubbing back shows the earlier roles and epochs everywhere, and Live brings the present back', async ({ page }) => {
  await page.goto(SIM);
  const old = await agreedLeader(page);
  await node(page, old.id).click();
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'down');
  const summary = page.getByTestId('leader');
  await expect
    .poll(async () => {
      const id = Number(await summary.getAttribute('data-leader-id'));
      return id > 0 && id !== old.id && Number(await summary.getAttribute('data-epoch')) > old.epoch;
    }, { timeout: 30_000 })
    .toBe(true);
  const now = await agreedLeader(page);
  const crash = (await loggedEvents(page)).find((e) => e.kind === 'crash')!;
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toHaveAttribute('data-live', 'true');

  // Arrows move one recorded frame at a time (and pause the simulator).
  await pressOnPage(page, 'ArrowLeft');
  await expect(timeline).toHaveAttribute('data-live', 'false');
  const first = await timelineAtMs(page);
  await pressOnPage(page, 'ArrowLeft');
  await expect.poll(() => timelineAtMs(page)).toBeLessThan(first);
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'true');

  // Shift+← jumps to the moment before each mark: the new leader's election, then the crash.
  await expect(page.locator(`[data-mark="fault"][data-at-ms="${crash.t}"]`)).toHaveCount(1);
  for (let i = 0; i < 6 && (await timelineAtMs(page)) >= crash.t; i++) await pressOnPage(page, 'Shift+ArrowLeft');
  await expect.poll(() => timelineAtMs(page)).toBeLessThan(crash.t);
  const atMs = await timelineAtMs(page);
  expect(atMs).toBeGreaterThanOrEqual(Number(await timeline.getAttribute('data-min-ms')));
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(atMs));
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'leading');
  await expect(node(page, old.id)).toHaveAttribute('data-epoch', String(old.epoch));
  await expect(node(page, now.id)).toHaveAttribute('data-state', 'following');
  await expect(summary).toHaveAttribute('data-leader-id', String(old.id));
  await expect(summary).toHaveAttribute('data-epoch', String(old.epoch));
  const past = await loggedEvents(page);
  expect(past.every((e) => e.t <= atMs)).toBe(true);
  expect(past.some((e) => e.kind === 'crash')).toBe(false);

  // Acting in the past forks a new future there: this time the follower crashes, and the old leader,
  // never crashed in this run, keeps leading.
  await node(page, now.id).click();
  await expect(page.getByRole('alert')).toContainText('new future');
  await expect(timeline).toHaveAttribute('data-live', 'true');
  await expect(node(page, now.id)).toHaveAttribute('data-state', 'down');
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'leading');
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(atMs));
  await page.getByTestId('pause-all').click();
  await passSimMs(page, 3_000);
  await expect(summary).toHaveAttribute('data-leader-id', String(old.id));
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'leading');
});

test('pause on a suspicion, then on the new leader; slow motion while they look for one', async ({ page }) => {
  await page.goto(SIM);
  const old = await agreedLeader(page);
  await page.getByTestId('pause-on').locator('summary').click();
  await page.getByTestId('auto-pause-suspect').check();
  await page.getByTestId('auto-pause-elected').check();
  await page.getByTestId('slow-motion').check();
  await page.getByTestId('pause-on').locator('summary').click();
  await node(page, old.id).click();
  await expect(page.getByTestId('paused-by')).toHaveAttribute('data-kind', 'peer-suspected', { timeout: 30_000 });
  const suspicion = (await loggedEvents(page)).find((e) => e.kind === 'peer-suspected')!;
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(suspicion.t));
  // The suspecting follower is LOOKING now: the clock will run at a quarter of 5×.
  await expect(page.getByTestId('clock-speed')).toHaveAttribute('data-speed', '1.25');
  await page.getByTestId('pause-all').click();
  await expect(page.getByTestId('paused-by')).toHaveAttribute('data-kind', /peer-suspected|leader-elected/);
  // Further suspicions of the same crash pause too; go on until the new leader.
  for (let i = 0; i < 10 && (await page.getByTestId('paused-by').getAttribute('data-kind')) !== 'leader-elected'; i++) {
    await page.getByTestId('pause-all').click();
    await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  }
  await expect(page.getByTestId('paused-by')).toHaveAttribute('data-kind', 'leader-elected');
  const [elected] = (await loggedEvents(page)).filter((e) => e.kind === 'leader-elected');
  expect(elected!.node).not.toBe(old.id);
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(elected!.t));
});


test("a scrubbed follower's timeout arc shows the share left at that moment, as its heartbeat age says", async ({ page }) => {
  await page.goto(SIM);
  const old = await agreedLeader(page);
  const follower = old.id === 1 ? 2 : 1;
  await node(page, old.id).click();
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'down');
  // Past the followers' timeout: they have noticed and elected another leader.
  await expect.poll(async () => Number(await page.getByTestId('leader').getAttribute('data-epoch')), { timeout: 30_000 }).toBeGreaterThan(old.epoch);
  const crash = (await loggedEvents(page)).find((e) => e.kind === 'crash')!;
  // The follower's details (its watch of the leader, with the timeout) stay on screen while scrubbing.
  await node(page, follower).hover();

  const shares: number[] = [];
  for (const afterCrashMs of [2_000, 6_000]) {
    await scrubTo(page, crash.t + afterCrashMs);
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-live', 'false');
    await expect(node(page, follower)).toHaveAttribute('data-state', 'following');
    // One frame: the clock, the arc, the matrix cell and the timeout, read together.
    const seen = await page.evaluate(([f, l]) => {
      const arc = document.querySelector(`[data-testid="node-${f}"] .timeout-left`);
      const meter = document.querySelector('.watch-track[role="meter"]');
      return {
        t: Number(document.querySelector('[data-testid="clock"]')?.getAttribute('data-time-ms')),
        share: Number(arc?.getAttribute('data-share-left') ?? NaN),
        ageMs: Number(document.querySelector(`[data-testid="hb-age-${f}-${l}"]`)?.getAttribute('data-age-ms') ?? NaN),
        timeoutMs: Number(meter?.getAttribute('aria-valuemax') ?? NaN),
      };
    }, [follower, old.id]);
    expect(seen.t).toBeLessThanOrEqual(crash.t + afterCrashMs);
    expect(seen.t).toBeGreaterThan(crash.t);
    // The leader has been silent since about the crash, and the arc is what is left of the timeout
    // (drawn in steps of 1/120).
    expect(seen.ageMs).toBeGreaterThan(seen.t - crash.t - 2_000);
    expect(Math.abs(seen.share - (1 - seen.ageMs / seen.timeoutMs))).toBeLessThanOrEqual(1 / 120 + 1e-9);
    shares.push(seen.share);
  }
  // Later in the silence, less is left.
  expect(shares[1]!).toBeLessThan(shares[0]!);
});
