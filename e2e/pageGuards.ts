import type { LiveDiagnostics } from '../src/driver/liveDiagnostics.ts';
import { expect, type Page } from '@playwright/test';

// What every reliability suite checks on a page: no console errors, an invariant monitor that never
// turned red, and, with the live driver, exactly one Web Worker per live host (no leaked worker).

/** Console errors and uncaught page errors, as they happen. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Records, in the page, every moment the invariant monitor shows data-ok other than "true". Call it
 * again after the cluster is rebuilt: what was seen before is kept.
 */
export async function watchInvariants(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __e2eInvariantBad?: string[] };
    w.__e2eInvariantBad ??= [];
    const el = document.querySelector('[data-testid="invariants"]');
    if (!el) throw new Error('no invariant monitor on the page');
    const check = () => {
      if (el.getAttribute('data-ok') !== 'true') w.__e2eInvariantBad!.push(document.querySelector('[data-testid="invariant-violations"]')?.textContent ?? `data-ok=${el.getAttribute('data-ok')}`);
    };
    check();
    new MutationObserver(check).observe(el, { attributes: true, attributeFilter: ['data-ok'] });
  });
}

/** Every violation the monitor showed since watchInvariants. */
export function invariantViolationsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __e2eInvariantBad?: string[] }).__e2eInvariantBad ?? []);
}

/** The live driver's figures; the page must have been opened with ?testHooks=1. */
export function liveDiagnostics(page: Page): Promise<LiveDiagnostics> {
  return page.evaluate(() => (globalThis as unknown as { __zkLive: { diagnostics(): Promise<LiveDiagnostics> } }).__zkLive.diagnostics());
}

/** Servers the page shows as not down (the node glyphs' data-state). */
export function serversShownNotDown(page: Page): Promise<number> {
  return page.locator('[data-testid^="node-"][data-state]:not([data-state="down"])').count();
}

/**
 * One live worker per live host (and one switch between them), three ways: the supervisor's count, the workers the browser itself
 * reports, and the hosts the driver counts up (servers not down, and killed ones, whose worker stays
 * as the host that resets their connections); and the page shows as not down exactly the servers the
 * driver counts. A restart spawns its worker a moment later, so this waits.
 */
export async function expectOneWorkerPerLiveServer(page: Page, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const d = await liveDiagnostics(page);
        // The switch runs the servers' script too: the browser's list holds it as one more worker.
        return `hosts up ${d.hostsUp}, supervisor workers ${d.workers}, browser workers but the switch ${page.workers().length - (d.switchUp ? 1 : 0)}, switch ${d.switchUp}; not down ${d.serversNotDown}, shown ${await serversShownNotDown(page)}`;
      },
      { timeout, message: 'one Web Worker per host that is up, one switch, and the page shows the servers that are' },
    )
    .toMatch(/^hosts up (\d+), supervisor workers \1, browser workers but the switch \1, switch true; not down (\d+), shown \2$/);
}

/** The agreed leader, waiting for one. */
export async function agreedLeader(page: Page, timeout = 30_000): Promise<{ id: number; epoch: number }> {
  const summary = page.getByTestId('leader');
  await expect(summary).toHaveAttribute('data-leader-id', /^\d+$/, { timeout });
  return { id: Number(await summary.getAttribute('data-leader-id')), epoch: Number(await summary.getAttribute('data-epoch')) };
}
