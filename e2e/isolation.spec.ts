import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { loggedEvents } from './eventLog.ts';
import { agreedLeader, collectPageErrors, expectOneWorkerPerLiveServer, liveDiagnostics, watchInvariants, invariantViolationsSeen } from './pageGuards.ts';
import { passSimMs } from './simClock.ts';

// Two boundaries the page must never cross: another tab's cluster (BroadcastChannel and IndexedDB
// names carry a per-tab cluster id, src/runtime/supervisor.ts), and its own origin (no request
// goes anywhere else: no fonts, analytics or CDN).

const OWN_ORIGIN = (baseURL: string | undefined) => new URL(baseURL ?? 'http://127.0.0.1').origin;

/** Servers a log entry names (its own and its peers), from the record, never the words. */
function serversNamed(entry: Record<string, unknown>): number[] {
  const ids: number[] = [];
  for (const key of ['node', 'peers', 'followers'] as const) {
    const value = entry[key];
    if (typeof value === 'number') ids.push(value);
    if (Array.isArray(value)) ids.push(...value.filter((v): v is number => typeof v === 'number'));
  }
  return ids;
}

/**
 * Every message a tab's servers received was sent by that tab's servers. Counters come in telemetry
 * batches at different moments, so received may run a little ahead of sent; a merged pair of
 * clusters would receive about twice what it sent.
 */
async function expectOwnTrafficOnly(page: Page, name: string): Promise<void> {
  const { transport } = await liveDiagnostics(page);
  expect(transport.sent, `${name} sends`).toBeGreaterThan(0);
  expect(transport.received, `${name} receives only its own servers' messages`).toBeLessThanOrEqual(transport.sent * 1.1 + 20);
}

test('two tabs of one origin, same seed, run two clusters whose servers talk only among themselves', async ({ context }) => {
  test.setTimeout(120_000);
  const a = await context.newPage();
  const b = await context.newPage();
  const errors = [...collectPageErrors(a), ...collectPageErrors(b)];
  // Different sizes, so a server of B that reached A would be a server A does not have.
  await a.goto('/?driver=live&nodes=3&speed=5&seed=3&testHooks=1');
  await b.goto('/?driver=live&nodes=5&speed=5&seed=3&testHooks=1');
  const leaderA = await agreedLeader(a);
  const leaderB = await agreedLeader(b);
  await Promise.all([watchInvariants(a), watchInvariants(b)]);
  const [da, db] = [await liveDiagnostics(a), await liveDiagnostics(b)];
  expect(da.cluster).not.toBe(db.cluster);

  // A loses its leader and elects another; B, meanwhile, loses a follower it then restarts.
  await a.getByTestId(`node-${leaderA.id}`).click();
  const followerB = leaderB.id === 5 ? 4 : 5;
  await b.getByTestId(`node-${followerB}`).click();
  await expect.poll(async () => (await agreedLeader(a)).epoch, { timeout: 30_000, message: 'A elects a new leader' }).toBeGreaterThan(leaderA.epoch);
  await passSimMs(b, 15_000);
  expect(await agreedLeader(b), "B's leader never noticed A's election").toEqual(leaderB);
  await b.getByTestId(`node-${followerB}`).click();
  await expect(b.getByTestId(`node-${followerB}`)).toHaveAttribute('data-state', 'following', { timeout: 20_000 });
  await passSimMs(a, 10_000);

  await expectOwnTrafficOnly(a, 'tab A');
  await expectOwnTrafficOnly(b, 'tab B');
  const strangers = (await loggedEvents(a)).flatMap((e) => serversNamed(e as unknown as Record<string, unknown>)).filter((id) => id > 3);
  expect(strangers, "A's log names only A's three servers").toEqual([]);
  await expect(a.locator('[data-testid^="node-"][data-state]')).toHaveCount(3);
  await expectOneWorkerPerLiveServer(a);
  await expectOneWorkerPerLiveServer(b);
  const names = await a.evaluate(async () => (await indexedDB.databases()).map((x) => x.name ?? ''));
  expect(names.filter((n) => n.startsWith(`zk:${da.cluster}:`)).length).toBe(3);
  expect(names.filter((n) => n.startsWith(`zk:${db.cluster}:`)).length).toBe(5);
  expect([...(await invariantViolationsSeen(a)), ...(await invariantViolationsSeen(b))]).toEqual([]);
  expect(errors).toEqual([]);
});

/** Records every request of the context (pages and their workers); anything off the origin is aborted. */
async function fenceOrigin(context: BrowserContext, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  const isOwn = (url: string) => url.startsWith('data:') || url.startsWith(`blob:${origin}/`) || new URL(url).origin === origin;
  context.on('request', (request) => {
    if (!isOwn(request.url())) foreign.push(request.url());
  });
  await context.route('**/*', (route) => (isOwn(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  return foreign;
}

test('no request leaves the origin, with either driver, in any panel', async ({ context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = OWN_ORIGIN(baseURL);
  const foreign = await fenceOrigin(context, origin);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  for (const url of ['/?speed=5&testHooks=1', '/?driver=sim&speed=5']) {
    await page.goto(url);
    const leader = await agreedLeader(page);
    for (const tab of ['data', 'clients', 'network', 'events'] as const) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    }
    await page.getByTestId('open-settings').click();
    await page.getByRole('dialog', { name: 'Cluster settings' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId(`node-${leader.id}`).click();
    await passSimMs(page, 12_000);
    await page.getByTestId(`node-${leader.id}`).click();
    await passSimMs(page, 3_000);
  }
  for (const worker of page.workers()) expect(new URL(worker.url()).origin).toBe(origin);
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(errors).toEqual([]);
});
