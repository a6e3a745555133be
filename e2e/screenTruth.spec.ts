import { expect, test, type Page } from '@playwright/test';
import { scrubTo } from './scrub.ts';
import { passSimMs, simTimeMs } from './simClock.ts';

// The screen tells the truth at every frame, in the default (Web Worker) driver: after a silent
// crash the followers' heartbeat age of their leader grows smoothly until their read timeout, and
// the headline keeps naming the leader ("down, not noticed yet") until a follower has noticed.
// syncLimit 5 × tickTime 2,000 ms = 10 s simulated; at 4× that is 2.5 s of real time.

const LIMIT_MS = 10_000;

async function leaderId(page: Page): Promise<number> {
  const leader = page.getByTestId('leader');
  await expect(leader).not.toHaveAttribute('data-leader-id', '', { timeout: 30_000 });
  return Number(await leader.getAttribute('data-leader-id'));
}

/** The clock and one heartbeat cell, read in the same frame. */
function readAge(page: Page, observer: number, peer: number): Promise<{ t: number; age: number; suspected: boolean }> {
  return page.evaluate(
    ([o, p]) => {
      const cell = document.querySelector(`[data-testid="hb-age-${o}-${p}"]`);
      const age = cell?.getAttribute('data-age-ms');
      return { t: Number(document.querySelector('[data-testid="clock"]')?.getAttribute('data-time-ms')), age: age ? Number(age) : -1, suspected: cell?.getAttribute('data-suspected') === 'true' };
    },
    [observer, peer],
  );
}

test('in the default driver a crashed leader\'s heartbeat age grows smoothly until the timeout', async ({ page }) => {
  await page.goto('/?nodes=5&speed=4');
  const leader = await leaderId(page);
  const follower = leader === 1 ? 2 : 1;
  await passSimMs(page, 3_000);
  await page.getByTestId(`node-${leader}`).click();
  await expect(page.getByTestId(`node-${leader}`)).toHaveAttribute('data-state', 'down');
  const crashedAtMs = await simTimeMs(page);
  const samples: { t: number; age: number }[] = [];
  // A sample each time the clock has moved on by 500 ms of simulated time, until the follower's
  // timer must have fired (read with the clock, in one frame).
  let nextMs = crashedAtMs + 500;
  while (nextMs < crashedAtMs + LIMIT_MS - 1_000) {
    await expect.poll(() => simTimeMs(page), { intervals: [25] }).toBeGreaterThanOrEqual(nextMs);
    const s = await readAge(page, follower, leader);
    if (s.suspected || s.age < 0) break;
    samples.push(s);
    nextMs = Math.max(nextMs, s.t) + 500;
  }
  expect(samples.length).toBeGreaterThanOrEqual(6);
  expect(samples[samples.length - 1]!.t - samples[0]!.t).toBeGreaterThanOrEqual(5_000);
  for (let i = 1; i < samples.length; i++) expect(samples[i]!.age, `sample ${i} at t=${samples[i]!.t}: ${JSON.stringify(samples)}`).toBeGreaterThan(samples[i - 1]!.age);
  // The age is the clock's: it grows as fast as simulated time does (to within a frame or two).
  const first = samples[0]!;
  const last = samples[samples.length - 1]!;
  expect(Math.abs(last.age - first.age - (last.t - first.t))).toBeLessThan(400);
});

test('the headline does not say "no leader" before a follower has noticed the crash', async ({ page }) => {
  await page.goto('/?nodes=5&speed=4');
  const leader = await leaderId(page);
  await passSimMs(page, 3_000);
  await page.getByTestId(`node-${leader}`).click();
  // Every frame until a new leader serves: the headline's state and every server's role.
  const frames = await page.evaluate(
    (old) =>
      new Promise<{ t: number; headline: string; state: string; roles: Record<string, string> }[]>((resolve) => {
        const out: { t: number; headline: string; state: string; roles: Record<string, string> }[] = [];
        const started = performance.now();
        const frame = () => {
          const summary = document.querySelector('[data-testid="leader"]');
          const roles: Record<string, string> = {};
          for (const n of document.querySelectorAll('[data-node-id]')) roles[n.getAttribute('data-node-id')!] = n.getAttribute('data-state')!;
          out.push({ t: Number(document.querySelector('[data-testid="clock"]')?.getAttribute('data-time-ms')), headline: summary?.textContent ?? '', state: summary?.getAttribute('data-state') ?? '', roles });
          const id = summary?.getAttribute('data-leader-id');
          if ((id && Number(id) !== old) || performance.now() - started > 20_000) resolve(out);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    leader,
  );
  const after = frames.filter((f) => f.roles[String(leader)] === 'down');
  expect(after.length).toBeGreaterThan(20);
  expect(after[0]!.state).toBe('unnoticed');
  expect(after[0]!.headline).toContain(`Leader ${leader} is down`);
  for (const f of after) {
    const someoneNoticed = Object.entries(f.roles).some(([id, role]) => Number(id) !== leader && role !== 'following');
    if (/no leader/i.test(f.headline)) expect(someoneNoticed, `t=${f.t}: "${f.headline}" while every follower still follows`).toBe(true);
  }
  // It was "not noticed yet" for about the whole timeout.
  const unnoticed = after.filter((f) => f.state === 'unnoticed');
  expect(unnoticed[unnoticed.length - 1]!.t - unnoticed[0]!.t).toBeGreaterThan(LIMIT_MS - 3_000);
  expect(frames[frames.length - 1]!.state).toBe('serving');
});

/** A dot just sent, read twice 150 ms apart: its distance to its receiver's glyph each time. */
function freshDotDistances(
  page: Page,
): Promise<{ before: number; after: number; moved: number; state: string }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const centre = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        };
        const gap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
          Math.hypot(a.x - b.x, a.y - b.y);
        const look = () => {
          // Dots live at least 450 ms: one under 100 ms old is still on its way 150 ms later.
          const dot = [...document.querySelectorAll<HTMLElement>('.message-dot')].find(
            (d) => Number(d.getAnimations()[0]?.currentTime ?? 1e9) < 100,
          );
          const target = dot && document.querySelector(`[data-testid="node-${dot.dataset.to}"]`);
          if (!dot || !target) return requestAnimationFrame(look);
          const first = centre(dot);
          setTimeout(() => {
            const second = centre(dot);
            resolve({
              before: gap(first, centre(target)),
              after: gap(second, centre(target)),
              moved: gap(first, second),
              state: dot.getAnimations()[0]?.playState ?? 'none',
            });
          }, 150);
        };
        look();
      }),
  );
}

test('messages in flight move toward their receiver, stand still while the clock is paused, and go when hidden', async ({
  page,
}) => {
  await page.goto('/?nodes=5');
  await leaderId(page);
  // A dot just sent has moved closer to its receiver 150 ms later.
  const fresh = await freshDotDistances(page);
  expect(fresh.state).toBe('running');
  expect(fresh.moved).toBeGreaterThan(1);
  expect(fresh.after).toBeLessThan(fresh.before);

  // Paused, every dot on screen stays where it is.
  // (The button is pressed in the page at a frame with a dot in flight: a pause between two pings
  // would leave nothing to look at.)
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const pressWhenInFlight = () => {
          if (!document.querySelector('.message-dot')) return requestAnimationFrame(pressWhenInFlight);
          document.querySelector<HTMLButtonElement>('[data-testid="pause-all"]')!.click();
          resolve();
        };
        pressWhenInFlight();
      }),
  );
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'true');
  const frozen = await page.locator('.message-dot').evaluateAll((dots) =>
    dots.map((d) => ({
      state: d.getAnimations()[0]?.playState,
      box: d.getBoundingClientRect().toJSON() as DOMRect,
    })),
  );
  expect(frozen.every((d) => d.state === 'paused')).toBe(true);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  const still = await page
    .locator('.message-dot')
    .evaluateAll((dots) => dots.map((d) => d.getBoundingClientRect().toJSON() as DOMRect));
  expect(still.map((b) => [b.x, b.y])).toEqual(frozen.map((d) => [d.box.x, d.box.y]));

  // The past had other messages in flight: scrubbed back, the frozen live dots are not drawn over
  // it; back at the present they show again where they stood.
  const timeline = page.getByTestId('timeline');
  const minMs = Number(await timeline.getAttribute('data-min-ms'));
  await scrubTo(page, minMs);
  await expect(timeline).toHaveAttribute('data-live', 'false');
  await expect(page.locator('.message-dot').first()).toBeHidden();
  await scrubTo(page, Number(await timeline.getAttribute('data-max-ms')));
  await expect(timeline).toHaveAttribute('data-live', 'true');
  await expect(page.locator('.message-dot').first()).toBeVisible();
  const back = await page.locator('.message-dot').evaluateAll((dots) => dots.map((d) => d.getBoundingClientRect().toJSON() as DOMRect));
  expect(back.map((b) => [b.x, b.y])).toEqual(frozen.map((d) => [d.box.x, d.box.y]));

  // "Show messages" off takes every dot away.
  await page.getByTestId('pause-all').click();
  await page.getByTestId('animate-messages').uncheck();
  await expect(page.locator('.message-dot')).toHaveCount(0);
});
