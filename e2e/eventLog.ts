import { expect, type Locator, type Page } from '@playwright/test';
import type { TimelineEntry } from '../src/driver/index.ts';

// The event log's data contract: every entry carries its record as JSON in data-event, so the tests
// read ids, epochs, durations and reasons, never the narrated words.

/** The entries a log shows, newest first. */
export async function loggedEvents(page: Page, testId = 'event-log'): Promise<TimelineEntry[]> {
  const raw = await page
    .getByTestId(testId)
    .locator('li[data-event]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event') ?? 'null'));
  return raw.map((json) => JSON.parse(json) as TimelineEntry);
}

/** The record behind one log entry. */
export async function eventOf(entry: Locator): Promise<TimelineEntry> {
  return JSON.parse((await entry.getAttribute('data-event')) ?? 'null') as TimelineEntry;
}

/** Waits until the event log shows an entry of `kind` whose record has these fields. */
export async function expectLogged(page: Page, kind: TimelineEntry['kind'], fields: Record<string, unknown>, timeout?: number): Promise<void> {
  await expect
    .poll(async () => (await loggedEvents(page)).filter((e) => e.kind === kind), {
      message: `the log shows a ${kind} entry with ${JSON.stringify(fields)}`,
      ...(timeout === undefined ? {} : { timeout }),
    })
    .toContainEqual(expect.objectContaining(fields));
}
