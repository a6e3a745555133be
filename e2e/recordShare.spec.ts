import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { passSimMs, simTimeMs } from './simClock.ts';

// Record, share, export (issue 9, build 3), in the simulator: every run is recorded as a script; a
// share link opened in a new page reproduces the same leader, epochs and zxids; an exported trace
// imports back identically and a corrupted one is refused with nothing changed; a fork in the past
// diverges. Every wait is on the simulated clock (data-time-ms) or on page state, never on real time.

const SIM = '/?driver=sim&nodes=5&speed=10&seed=7';
const IDS = [1, 2, 3, 4, 5];

interface Picture {
  leader: string | null;
  epoch: string | null;
  nodes: { state: string | null; epoch: string | null; zxid: string | null }[];
}

/** Who leads, and every server's role, epoch and last zxid, as the page shows them. */
async function picture(page: Page): Promise<Picture> {
  const summary = page.getByTestId('leader');
  const nodes = [];
  for (const id of IDS) {
    const node = page.getByTestId(`node-${id}`);
    nodes.push({ state: await node.getAttribute('data-state'), epoch: await node.getAttribute('data-epoch'), zxid: await node.getAttribute('data-zxid') });
  }
  return { leader: await summary.getAttribute('data-leader-id'), epoch: await summary.getAttribute('data-epoch'), nodes };
}

async function agreedLeader(page: Page): Promise<number> {
  const summary = page.getByTestId('leader');
  await expect(summary).toHaveAttribute('data-leader-id', /^\d+$/, { timeout: 30_000 });
  return Number(await summary.getAttribute('data-leader-id'));
}

/** Pauses the run and waits until the page shows one settled moment. */
async function pause(page: Page): Promise<number> {
  await page.getByTestId('pause-all').click();
  await expect(page.getByTestId('clock')).toContainText('paused');
  return simTimeMs(page);
}

async function openScriptTab(page: Page): Promise<void> {
  await page.getByTestId('tab-script').click();
  await expect(page.getByTestId('tab-script')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('script')).toBeVisible();
}

/** A run with a leader crash, a recovery and a restart, paused at its end. */
async function recordARun(page: Page): Promise<{ crashed: number; atMs: number }> {
  await page.goto(SIM);
  const crashed = await agreedLeader(page);
  await page.getByTestId(`node-${crashed}`).click(); // a click crashes a running server
  await expect(page.getByTestId(`node-${crashed}`)).toHaveAttribute('data-state', 'down');
  await passSimMs(page, 15_000);
  await expect(page.getByTestId('leader')).not.toHaveAttribute('data-leader-id', String(crashed), { timeout: 30_000 });
  await page.getByTestId(`node-${crashed}`).click(); // and restarts a down one
  await passSimMs(page, 5_000);
  return { crashed, atMs: await pause(page) };
}

async function exportTrace(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-trace').click()]);
  return readFileSync(await download.path(), 'utf8');
}

async function importText(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('the run is recorded as a script, and its share link reproduces it in a new page', async ({ page, context }) => {
  const { crashed, atMs } = await recordARun(page);
  await openScriptTab(page);
  const script = await page.getByTestId('script').inputValue();
  expect(script).toMatch(/^nodes 5\n/);
  expect(script).toContain('seed 7\n');
  expect(script).toMatch(new RegExp(`\\nat \\d+ crash ${crashed}\\n`));
  expect(script).toMatch(new RegExp(`\\nat \\d+ restart ${crashed}\\n`));
  const before = await picture(page);
  expect(before.leader).toMatch(/^\d+$/);

  const link = page.getByTestId('share-link');
  await expect(link).toHaveAttribute('data-at-ms', String(atMs));
  const url = await link.getAttribute('data-url');
  expect(url).toMatch(/\?driver=sim&speed=10&at=\d+#script=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.goto(url!);
  await expect(other.getByTestId('clock')).toHaveAttribute('data-time-ms', String(atMs), { timeout: 30_000 });
  await expect(other.getByTestId('clock')).toContainText('paused');
  await expect.poll(() => picture(other)).toEqual(before);
  await openScriptTab(other);
  expect(await other.getByTestId('script').inputValue()).toBe(script);
});

test('an exported trace imports back identically; a corrupted one is refused and changes nothing', async ({ page }) => {
  const { atMs } = await recordARun(page);
  await openScriptTab(page);
  const trace = await exportTrace(page);
  const parsed = JSON.parse(trace) as { atMs: number; script: string; events: { kind: string }[]; messages: unknown[] };
  expect(parsed.atMs).toBe(atMs);
  expect(parsed.events.some((e) => e.kind === 'crash')).toBe(true);
  expect(parsed.messages.length).toBeGreaterThan(100);
  const before = await picture(page);

  // Act on, so the import has something to undo; then import the trace.
  await page.getByTestId('pause-all').click();
  await passSimMs(page, 3_000);
  await pause(page);
  await importText(page, 'run.json', trace);
  await expect(page.getByTestId('import-message')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(atMs));
  await expect.poll(() => picture(page)).toEqual(before);
  expect(await exportTrace(page)).toBe(trace);

  // Corrupted (one record changed) and truncated files: one sentence each, and nothing changed.
  const script = await page.getByTestId('script').inputValue();
  const corrupted = trace.replace('"kind":"crash"', '"kind":"kill"');
  expect(corrupted).not.toBe(trace);
  for (const [name, text, reason] of [
    ['corrupted.json', corrupted, /does not match its checksum/],
    ['truncated.json', trace.slice(0, trace.length / 2), /not valid JSON/],
    ['future.json', trace.replace('"version":2', '"version":9'), /version 9/],
  ] as const) {
    await importText(page, name, text);
    const message = page.getByTestId('import-message');
    await expect(message).toHaveAttribute('data-ok', 'false');
    await expect(message).toContainText(name);
    await expect(message).toContainText(reason);
    await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(atMs));
    expect(await picture(page)).toEqual(before);
    expect(await page.getByTestId('script').inputValue()).toBe(script);
  }
});

test('an edited script runs from the start; a malformed one shows its line errors and changes nothing', async ({ page }) => {
  await page.goto(SIM);
  await agreedLeader(page);
  const atMs = await pause(page);
  await openScriptTab(page);
  const editor = page.getByTestId('script');
  const recorded = await editor.inputValue();
  const before = await picture(page);

  await editor.fill(`${recorded}at 10 crsh 1\nat 20 cut 1->1\n`);
  await page.getByTestId('script-run').click();
  const errors = page.getByTestId('script-errors');
  await expect(errors.locator('li')).toHaveCount(2);
  await expect(errors.locator('li').first()).toHaveAttribute('data-line', String(recorded.split('\n').length));
  await expect(errors).toContainText("unknown action 'crsh'");
  await page.screenshot({ path: 'test-results/script-panel-errors.png' });
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(atMs));
  expect(await picture(page)).toEqual(before);

  await editor.fill('nodes 3\nseed 4\nat 0 start all\nat 1500 crash leader\n');
  await page.getByTestId('script-run').click();
  await expect(errors).toHaveCount(0);
  await expect(page.locator('[data-testid^="node-"][data-node-id]')).toHaveCount(3);
  await expect(page.getByTestId('clock')).not.toContainText('paused'); // a script plays from 0
  await passSimMs(page, 2_000);
  await expect(editor).toHaveValue(/\nat 1500 crash [123]\n/);
});

test('a fork in the past diverges', async ({ page }) => {
  await page.goto(`${SIM}&testHooks=1`);
  const first = await agreedLeader(page);
  const firstEpoch = await page.getByTestId('leader').getAttribute('data-epoch');
  const beforeCrashMs = await simTimeMs(page);
  await page.getByTestId(`node-${first}`).click();
  await passSimMs(page, 15_000);
  await expect(page.getByTestId('leader')).toHaveAttribute('data-leader-id', /^\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId('leader')).not.toHaveAttribute('data-leader-id', String(first));
  await pause(page);

  // Back before the crash: the first leader leads again, in its epoch, and the run waits there.
  await page.evaluate((ms) => (globalThis as unknown as { __zkScript: { forkAt(ms: number): void } }).__zkScript.forkAt(ms), beforeCrashMs);
  await expect(page.getByTestId('clock')).toHaveAttribute('data-time-ms', String(beforeCrashMs));
  await expect(page.getByTestId('leader')).toHaveAttribute('data-leader-id', String(first));
  await expect(page.getByTestId('leader')).toHaveAttribute('data-epoch', firstEpoch!);
  await openScriptTab(page);
  await expect(page.getByTestId('script')).not.toHaveValue(/crash/);

  // A different action: a follower crashes instead. The leader survives, so the future differs.
  const follower = IDS.find((id) => id !== first)!;
  await page.getByTestId(`node-${follower}`).click();
  await page.getByTestId('pause-all').click();
  await passSimMs(page, 15_000);
  await expect(page.getByTestId('leader')).toHaveAttribute('data-leader-id', String(first));
  await expect(page.getByTestId('leader')).toHaveAttribute('data-epoch', firstEpoch!);
  await expect(page.getByTestId(`node-${first}`)).toHaveAttribute('data-state', 'leading');
  await expect(page.getByTestId('script')).toHaveValue(new RegExp(`\\nat ${beforeCrashMs} crash ${follower}\\n$`));
});

test('bad ?script= and ?at= are refused with a notice and a fresh cluster', async ({ page }) => {
  await page.goto('/?driver=sim&speed=10&at=-4#script=AAAA');
  const notices = page.locator('.notices');
  await expect(notices).toContainText('#script= cannot be read');
  await expect(notices).toContainText('?at=-4 is not a whole number');
  await agreedLeader(page);
});

test('a live run is recorded too, and re-runs in the simulator from the start, labelled as a re-run', async ({ page, context }) => {
  await page.goto('/?driver=live&nodes=5&speed=5');
  const leader = await agreedLeader(page);
  await page.getByTestId(`node-${leader}`).click();
  await expect(page.getByTestId(`node-${leader}`)).toHaveAttribute('data-state', 'down');
  await openScriptTab(page);
  await expect(page.getByTestId('script')).toHaveValue(new RegExp(`\\nat \\d+ crash ${leader}\\n`));
  const recorded = await page.getByTestId('script').inputValue();
  await expect(page.getByTestId('share-link')).toHaveAttribute('data-url', /\?driver=sim&rerun=1&speed=5&at=\d+#script=/);
  await expect(page.getByTestId('rerun-in-sim')).toBeEnabled();
  await page.screenshot({ path: 'test-results/script-panel-live.png' });
  const [rerun] = await Promise.all([context.waitForEvent('page'), page.getByTestId('rerun-in-sim').click()]);
  await rerun.waitForLoadState();
  expect(rerun.url()).toMatch(/\?driver=sim&rerun=1&speed=5#script=/);
  await expect(rerun.getByTestId('rerun-badge')).toBeVisible();
  const crashAtMs = Number(/\nat (\d+) crash/.exec(recorded)![1]);
  await expect.poll(() => simTimeMs(rerun), { timeout: 30_000 }).toBeGreaterThan(crashAtMs);
  await expect(rerun.getByTestId(`node-${leader}`)).toHaveAttribute('data-state', 'down');
  await openScriptTab(rerun);
  expect(await rerun.getByTestId('script').inputValue()).toContain(`crash ${leader}\n`);
  await rerun.screenshot({ path: 'test-results/script-panel-rerun.png' });
});

for (const nodes of [5, 101]) {
  test(`screenshot of the script panel at ${nodes} servers`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/?driver=sim&nodes=${nodes}&speed=10&seed=3`);
    const leader = await agreedLeader(page);
    await page.getByTestId(`node-${leader}`).click();
    await passSimMs(page, 12_000);
    await pause(page);
    await openScriptTab(page);
    await page.screenshot({ path: `test-results/script-panel-${nodes}.png` });
  });
}
