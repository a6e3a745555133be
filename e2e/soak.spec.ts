import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { agreedLeader, collectPageErrors, expectOneWorkerPerLiveServer, invariantViolationsSeen, watchInvariants } from './pageGuards.ts';
import { wholeFromEnv } from './envKnob.ts';
import { passSimMs } from './simClock.ts';

// A soak at 10×: a fixed cycle of faults, one every few simulated seconds, on the live driver. The
// page's DOM size, its JS heap (after a forced GC, through the DevTools protocol) and its frame rate
// are sampled at the same point of an early cycle and of the last one; a leak or a slowdown that
// grows with time shows as a large difference, while the bounds leave room for a busy machine.
//
//   SOAK_CYCLES=60 npx playwright test e2e/soak.spec.ts

const CYCLES = wholeFromEnv('SOAK_CYCLES', 6);
const WARMUP_CYCLES = 2;
const FAULT_EVERY_SIM_MS = 3_000;
/** Generous bounds: real leaks grow without end, noise does not. */
const DOM_GROWTH = { factor: 1.25, plusNodes: 300 };
const HEAP_GROWTH = { factor: 1.5, plusBytes: 8 * 1024 * 1024 };
/** Frames may drop to half, or stay above this many per second, before the soak calls it a slowdown. */
const FPS_FLOOR = 30;

interface Sample {
  domNodes: number;
  heapBytes: number;
  fps: number;
}

const nodeIn = (page: Page, state: string) => page.locator(`[data-testid^="node-"][data-state="${state}"]`).first();
const idOf = async (page: Page, state: string): Promise<number> => Number((await nodeIn(page, state).getAttribute('data-testid'))?.slice('node-'.length));

async function menu(page: Page, id: number, action: string): Promise<void> {
  await page.getByTestId(`node-menu-${id}`).click();
  await page.getByTestId(`menu-${id}`).locator(`[data-action="${action}"]`).click();
  await expect(page.getByTestId(`menu-${id}`)).toHaveCount(0);
}

/** One cycle of faults, each followed by FAULT_EVERY_SIM_MS of simulated time; it ends healed. */
async function faultCycle(page: Page, cycle: number): Promise<void> {
  const settle = () => passSimMs(page, FAULT_EVERY_SIM_MS, 30_000);
  const leader = (await agreedLeader(page)).id;
  await page.getByTestId(`node-${leader}`).click(); // crash
  await settle();
  await page.getByTestId(`node-${leader}`).click(); // restart
  await settle();
  const follower = await idOf(page, 'following');
  await menu(page, follower, 'kill');
  await settle();
  await menu(page, follower, 'restart');
  await settle();
  const next = (await agreedLeader(page)).id;
  await menu(page, next, 'pause');
  await settle();
  await menu(page, next, 'resume');
  await settle();
  const lonely = await idOf(page, 'following');
  await menu(page, lonely, 'isolate');
  await settle();
  await menu(page, lonely, 'reconnect');
  await settle();
  await page.getByTestId('tab-network').click();
  const presets = page.locator('[data-testid^="preset-"]');
  await expect(presets.first()).toBeVisible();
  await presets.nth(cycle % (await presets.count())).click();
  await settle();
  await page.getByTestId('heal-all').click();
  await settle();
}

/** Animation frames per second: the best of three one-second windows, so one busy moment does not count. */
async function framesPerSecond(page: Page): Promise<number> {
  let best = 0;
  for (let window = 0; window < 3; window++) {
    const fps = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let frames = 0;
          const start = performance.now();
          const tick = (now: number) => {
            frames++;
            if (now - start < 1_000) requestAnimationFrame(tick);
            else resolve((frames / (now - start)) * 1_000);
          };
          requestAnimationFrame(tick);
        }),
    );
    best = Math.max(best, fps);
  }
  return best;
}

async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { domNodes, heapBytes: usedSize, fps: await framesPerSecond(page) };
}

test(`a soak at 10× (${CYCLES} fault cycles) keeps DOM size, heap and frame rate flat`, async ({ page }) => {
  test.setTimeout(60_000 + CYCLES * 30_000);
  const errors = collectPageErrors(page);
  await page.goto('/?driver=live&nodes=5&speed=10&seed=7&testHooks=1');
  await agreedLeader(page);
  await watchInvariants(page);
  const cdp = await page.context().newCDPSession(page);
  let early: Sample | null = null;
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    await faultCycle(page, cycle);
    if (cycle === WARMUP_CYCLES - 1) early = await sample(page, cdp);
    expect(errors, 'console errors or uncaught page errors').toEqual([]);
  }
  const late = await sample(page, cdp);
  const first = early ?? late;
  test.info().annotations.push({ type: 'soak', description: `after cycle ${WARMUP_CYCLES}: ${JSON.stringify(first)}; after cycle ${CYCLES}: ${JSON.stringify(late)}` });
  console.log(`soak: after cycle ${Math.min(WARMUP_CYCLES, CYCLES)} ${JSON.stringify(first)}, after cycle ${CYCLES} ${JSON.stringify(late)}`);
  expect(late.domNodes, 'DOM nodes stay flat').toBeLessThanOrEqual(first.domNodes * DOM_GROWTH.factor + DOM_GROWTH.plusNodes);
  expect(late.heapBytes, 'JS heap after GC stays flat').toBeLessThanOrEqual(first.heapBytes * HEAP_GROWTH.factor + HEAP_GROWTH.plusBytes);
  expect(late.fps, 'frame rate stays up').toBeGreaterThanOrEqual(Math.min(first.fps / 2, FPS_FLOOR));
  expect(await invariantViolationsSeen(page), 'the invariant monitor never reported a violation').toEqual([]);
  await expectOneWorkerPerLiveServer(page);
  expect(errors).toEqual([]);
});
