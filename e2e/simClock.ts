import { expect, type Page } from '@playwright/test';

// Waiting on the simulated clock, never on real time: the clock readout carries the model's time
// in data-time-ms, so a test that must let "15 s simulated" pass waits for exactly that.

/** The simulated time the page shows, ms. */
export async function simTimeMs(page: Page): Promise<number> {
  return Number(await page.getByTestId('clock').getAttribute('data-time-ms'));
}

/** Waits until the page's simulated clock has moved on by `ms`. */
export async function passSimMs(page: Page, ms: number, timeout = 60_000): Promise<void> {
  const startMs = await simTimeMs(page);
  await expect.poll(() => simTimeMs(page), { timeout, message: `the simulated clock passes ${startMs + ms} ms` }).toBeGreaterThanOrEqual(startMs + ms);
}
