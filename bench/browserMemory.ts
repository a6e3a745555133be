import type { Browser, BrowserServer, Page } from '@playwright/test';
import { browserPssKb } from './browserProcesses.ts';

// Memory of the live playground (DESIGN §8: ≤ 5 MB per worker, PSS over a blank page ÷ N, at 25, 51
// and 101 servers; flat over 100 kill/revive cycles).

const SETTLE_MS = 10_000;
const STARTUP_TIMEOUT_MS = 120_000;

export interface MemoryResult {
  servers: number;
  blankMb: number;
  appMb: number;
  perWorkerMb: number;
}

export interface CycleResult {
  servers: number;
  cycles: number;
  beforeMb: number;
  afterMb: number;
  workersAfter: number;
}

const mb = (kb: number) => kb / 1024;

/** A browser and the PID of its main process, so only its own processes are counted. */
export interface LaunchedBrowser {
  browser: Browser;
  server: BrowserServer;
}

/**
 * The page's heap collected now (DevTools' "collect garbage"): a leak check must compare what is
 * still reachable, not where the page's garbage cycle happens to stand (40 cycles left 25 MB of
 * DOM-object garbage that one collection took back).
 */
async function collectPageGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach();
  }
}

/** The median of five PSS readings 1 s apart: garbage collection makes single readings jump. */
async function settledPssKb(page: Page, rootPid: number, options: { collectFirst?: boolean } = {}): Promise<number> {
  if (options.collectFirst) {
    await collectPageGarbage(page);
    await page.waitForTimeout(1000);
  }
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    if (i > 0) await page.waitForTimeout(1000);
    readings.push(browserPssKb(rootPid));
  }
  readings.sort((a, b) => a - b);
  return readings[2]!;
}

async function waitForLeader(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.querySelector('[data-testid="leader"]')?.getAttribute('data-leader-id')), undefined, { timeout: STARTUP_TIMEOUT_MS, polling: 100 });
}

/** Whole-browser PSS with a blank page, then with the app at `servers` after it settled. */
export async function measureMemory(launch: () => Promise<LaunchedBrowser>, origin: string, servers: number): Promise<MemoryResult> {
  const { browser, server } = await launch();
  const rootPid = server.process().pid!;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto('about:blank');
    await page.waitForTimeout(2000);
    const blankKb = await settledPssKb(page, rootPid);
    await page.goto(`${origin}/?driver=live&nodes=${servers}&seed=1&testHooks=1`);
    await waitForLeader(page);
    await page.waitForTimeout(SETTLE_MS);
    const appKb = await settledPssKb(page, rootPid);
    return { servers, blankMb: mb(blankKb), appMb: mb(appKb), perWorkerMb: mb(appKb - blankKb) / servers };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One follower at a time is crashed or killed (alternately) and restarted, `cycles` times. */
export async function measureCycles(launch: () => Promise<LaunchedBrowser>, origin: string, servers: number, cycles: number): Promise<CycleResult> {
  const { browser, server } = await launch();
  const rootPid = server.process().pid!;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${origin}/?driver=live&nodes=${servers}&seed=1&testHooks=1`);
    await waitForLeader(page);
    await page.waitForTimeout(SETTLE_MS);
    const beforeKb = await settledPssKb(page, rootPid, { collectFirst: true });
    for (let i = 0; i < cycles; i++) {
      const leader = Number(await page.getByTestId('leader').getAttribute('data-leader-id'));
      const others = Array.from({ length: servers }, (_, k) => k + 1).filter((id) => id !== leader);
      const id = others[i % others.length]!;
      const node = page.getByTestId(`node-${id}`);
      if (i % 2 === 0) {
        await node.click();
      } else {
        await page.getByTestId(`node-menu-${id}`).click();
        await page.getByTestId(`menu-${id}`).locator('[data-action="kill"]').click();
      }
      await page.waitForFunction((n) => document.querySelector(`[data-testid="node-${n}"]`)?.getAttribute('data-state') === 'down', id, { timeout: 30_000, polling: 20 });
      await node.click();
      await page.waitForFunction((n) => document.querySelector(`[data-testid="node-${n}"]`)?.getAttribute('data-state') === 'following', id, { timeout: 60_000, polling: 20 });
    }
    await page.waitForTimeout(SETTLE_MS);
    const afterKb = await settledPssKb(page, rootPid, { collectFirst: true });
    const workersAfter = await page.evaluate(async () => (await (globalThis as unknown as { __zkLive: { diagnostics(): Promise<{ workers: number }> } }).__zkLive.diagnostics()).workers);
    return { servers, cycles, beforeMb: mb(beforeKb), afterMb: mb(afterKb), workersAfter };
  } finally {
    await browser.close();
    await server.close();
  }
}
