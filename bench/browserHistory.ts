import type { CDPSession, Page } from '@playwright/test';
import type { LaunchedBrowser } from './browserMemory.ts';
import { browserCpuPercentDuring } from './browserProcesses.ts';

// Issue 9's recording budgets, in the page as a class would use it: the simulator at 10× for a
// long session (30 simulated minutes at 5 servers, 10 at 101) with the space-time diagram open and a
// crash and restart of the leader every few minutes; then the page heap the run holds (after GC, over
// the heap just after start-up), and how long one scrub takes to redraw (the scrubber's input event
// plus the layout it forces, median and worst of 40 positions spread over the history). Last, the
// idle CPU of a 5-server Web Worker cluster with the diagram open.

export interface HistoryResult {
  servers: number;
  simMinutes: number;
  reachedMinutes: number;
  heapStartMb: number;
  heapEndMb: number;
  scrubMedianMs: number;
  scrubMaxMs: number;
  frames: number;
}

const FAULT_EVERY_SIM_MS = 180_000;

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 1e6;
}

const simTimeMs = (page: Page) => page.evaluate(() => Number(document.querySelector('[data-testid="clock"]')?.getAttribute('data-time-ms') ?? 0));

/** Clicks the leader (a crash), or the server it crashed last (a restart). */
async function toggleFault(page: Page, down: string | null): Promise<string | null> {
  if (down !== null) {
    await page.getByTestId(`node-${down}`).click();
    return null;
  }
  const leader = await page.getByTestId('leader').getAttribute('data-leader-id');
  if (!leader) return null;
  await page.getByTestId(`node-${leader}`).click();
  return leader;
}

/** Times one scrub: the range input set through React's own path, then the layout it forces. */
const SCRUB_PROBE = `(ms) => {
  const input = document.querySelector('[data-testid="timeline"] input[type="range"]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setter.call(input, String(ms));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  void document.body.offsetHeight;
  return performance.now() - start;
}`;

export async function measureHistory(launch: () => Promise<LaunchedBrowser>, origin: string, servers: number, simMinutes: number, realTimeoutMs: number): Promise<HistoryResult> {
  const { browser, server } = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${origin}/?driver=sim&nodes=${servers}&seed=1&speed=10`);
    await page.getByTestId('leader').and(page.locator(':not([data-leader-id=""])')).waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="spacetime-toggle"][aria-pressed="false"]').click();
    const heapStartMb = await heapMb(cdp);
    const endMs = simMinutes * 60_000;
    const deadline = Date.now() + realTimeoutMs;
    let nextFaultMs = FAULT_EVERY_SIM_MS / 3;
    let down: string | null = null;
    let now = await simTimeMs(page);
    while (now < endMs && Date.now() < deadline) {
      if (now >= nextFaultMs) {
        down = await toggleFault(page, down);
        nextFaultMs += FAULT_EVERY_SIM_MS / 3;
      }
      await page.waitForTimeout(1000);
      now = await simTimeMs(page);
    }
    await page.getByTestId('pause-all').click();
    const reachedMinutes = (await simTimeMs(page)) / 60_000;
    const heapEndMb = await heapMb(cdp);
    const bounds = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="timeline"]');
      return { min: Number(el?.getAttribute('data-min-ms')), max: Number(el?.getAttribute('data-max-ms')) };
    });
    const samples: number[] = [];
    for (let i = 0; i < 40; i++) {
      const ms = Math.round(bounds.min + ((bounds.max - bounds.min) * ((i * 7) % 40)) / 40);
      samples.push(await page.evaluate(`(${SCRUB_PROBE})(${ms})`));
    }
    const frames = await page.evaluate(() => Number(document.querySelector('[data-testid="timeline"] input')?.getAttribute('max') ?? 0));
    samples.sort((a, b) => a - b);
    return { servers, simMinutes, reachedMinutes, heapStartMb, heapEndMb, scrubMedianMs: samples[samples.length >> 1]!, scrubMaxMs: samples[samples.length - 1]!, frames };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The whole browser's CPU, % of one core, for a steady 5-server Web Worker cluster with the diagram open. */
export async function idleCpuWithDiagram(launch: () => Promise<LaunchedBrowser>, origin: string, settleMs: number, windowMs: number): Promise<number> {
  const { browser, server } = await launch();
  const rootPid = server.process().pid!;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${origin}/?driver=live&nodes=5&seed=1`);
    await page.getByTestId('leader').and(page.locator(':not([data-leader-id=""])')).waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="spacetime-toggle"][aria-pressed="false"]').click();
    await page.waitForTimeout(settleMs);
    return await browserCpuPercentDuring(rootPid, () => page.waitForTimeout(windowMs));
  } finally {
    await browser.close();
    await server.close();
  }
}
