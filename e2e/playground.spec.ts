import { expect, test as base, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { TimelineEntry } from '../src/driver/index.ts';
import { eventOf, expectLogged, loggedEvents } from './eventLog.ts';
import { passSimMs } from './simClock.ts';

// The playground as a teacher uses it: everything below is done by clicking the real UI and read back
// from the DOM testing contract of DESIGN §6 (data-testid / data-state / data-epoch / the event log).
// Nothing calls into the app's internals. All but the first test run at 5×, so ZooKeeper's
// silent-failure timeout (syncLimit 5 × tickTime 2,000 ms = 10 s simulated) takes 2 s of real time.

const FAST = '/?nodes=5&speed=5';
const NODES = [1, 2, 3, 4, 5];
/** The crown of a leader still gathering its quorum is drawn hollow (white); an established one is solid. */
const HOLLOW_CROWN = '#ffffff';

// ------------------------------------------------------------------ no console errors, ever

/** Every page of the test's context watched for errors (a page's console also carries its workers'). */
const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      watchContext(context, errors);
      await use(errors);
      expect(errors, 'console errors or uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

function watchContext(context: BrowserContext, errors: string[]): void {
  const watchPage = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // A missing script or chunk (say, a worker's) shows up here first.
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

// ------------------------------------------------------------------ reading the page

interface Leader {
  id: number;
  epoch: number;
}

const node = (page: Page, id: number): Locator => page.getByTestId(`node-${id}`);
const nodesIn = (page: Page, state: string): Locator =>
  page.locator(`[data-testid^="node-"][data-state="${state}"]`);

/** Waits until a quorum agrees on a leader and returns it. */
async function agreedLeader(page: Page, timeout = 20_000): Promise<Leader> {
  const summary = page.getByTestId('leader');
  await expect(summary).toHaveAttribute('data-leader-id', /^\d+$/, { timeout });
  return {
    id: Number(await summary.getAttribute('data-leader-id')),
    epoch: Number(await summary.getAttribute('data-epoch')),
  };
}

/** Waits for a leader other than `old`, in a higher epoch. */
async function replacementFor(page: Page, old: Leader, timeout = 25_000): Promise<Leader> {
  const summary = page.getByTestId('leader');
  await expect
    .poll(
      async () => {
        const id = await summary.getAttribute('data-leader-id');
        const epoch = Number(await summary.getAttribute('data-epoch'));
        return id !== '' && id !== null && Number(id) !== old.id && epoch > old.epoch;
      },
      { timeout, message: `a new leader replacing ${old.id} (epoch ${old.epoch})` },
    )
    .toBe(true);
  return agreedLeader(page);
}

/** A healthy five-server ensemble: one leader, four followers, everyone in the leader's epoch. */
async function expectSteadyEnsemble(page: Page, leader: Leader, timeout = 20_000): Promise<void> {
  await expect(nodesIn(page, 'leading')).toHaveCount(1, { timeout });
  await expect(nodesIn(page, 'following')).toHaveCount(4, { timeout });
  await expect(node(page, leader.id)).toHaveAttribute('data-state', 'leading');
  await expect(node(page, leader.id).locator('polygon.crown')).not.toHaveAttribute('fill', HOLLOW_CROWN);
  for (const id of NODES)
    await expect(node(page, id)).toHaveAttribute('data-epoch', String(leader.epoch), { timeout });
}

async function ageOf(cell: Locator): Promise<number> {
  const raw = await cell.getAttribute('data-age-ms');
  expect(raw, 'a monitored pair has a numeric data-age-ms').toMatch(/^\d+$/);
  return Number(raw);
}

interface LogEntry {
  kind: string;
  node: string;
  /** Simulated time of the entry. */
  tMs: number;
  event: TimelineEntry;
}

/** The event log, newest first, as the page shows it: each entry's record (data-event). */
async function readLog(page: Page): Promise<LogEntry[]> {
  return (await loggedEvents(page)).map((event) => ({ kind: event.kind, node: event.node === null ? '' : String(event.node), tMs: event.t, event }));
}

const DETECTION_KINDS = new Set(['peer-suspected', 'state-change']);

/**
 * Simulated ms from the user's fault on `faulty` (its "crash"/"kill" log entry) to the first entry in
 * which another server reacts (suspects a peer or changes state); null until someone reacts.
 */
function detectionDelay(log: LogEntry[], faultKind: 'crash' | 'kill', faulty: number): number | null {
  const at = log.findIndex((e) => e.kind === faultKind && e.node === String(faulty));
  if (at < 0) return null;
  const fault = log[at]!;
  const reactions = log
    .slice(0, at)
    .filter((e) => DETECTION_KINDS.has(e.kind) && e.node !== String(faulty) && e.tMs >= fault.tMs);
  if (reactions.length === 0) return null;
  return Math.min(...reactions.map((e) => e.tMs)) - fault.tMs;
}

async function waitForDetection(
  page: Page,
  faultKind: 'crash' | 'kill',
  faulty: number,
  timeout: number,
): Promise<number> {
  let delay: number | null = null;
  await expect
    .poll(
      async () => {
        delay = detectionDelay(await readLog(page), faultKind, faulty);
        return delay !== null;
      },
      { timeout, message: `someone reacts to the ${faultKind} of server ${faulty}` },
    )
    .toBe(true);
  return delay!;
}

/** Opens a server's fault menu with its "⋯" button and picks an item. */
async function menuAction(page: Page, id: number, item: RegExp): Promise<void> {
  await page.getByTestId(`node-menu-${id}`).click();
  const menu = page.getByTestId(`menu-${id}`);
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: item }).click();
  await expect(menu).toHaveCount(0);
}

// ------------------------------------------------------------------ watching every frame

interface Sample {
  at: number;
  /** crown: a leading server's crown is solid once a quorum has synced with it (established), hollow before. */
  nodes: { id: number; state: string; epoch: number; crown: 'solid' | 'hollow' | null }[];
  leader: string;
  leaderEpoch: string;
}

/**
 * Records every change of the servers' data-state / data-epoch / crown and of the leader summary, as
 * the DOM shows it, so a test can check that something never happened, not only where things end up.
 */
async function recordStates(page: Page): Promise<void> {
  await page.evaluate((hollow) => {
    const samples: unknown[] = [];
    (window as unknown as { __e2eSamples: unknown[] }).__e2eSamples = samples;
    let last = '';
    const take = () => {
      const nodes = [...document.querySelectorAll('[data-testid^="node-"][data-state]')].map((el) => {
        const fill = el.querySelector('polygon.crown')?.getAttribute('fill') ?? null;
        return {
          id: Number(el.getAttribute('data-node-id')),
          state: el.getAttribute('data-state') ?? '',
          epoch: Number(el.getAttribute('data-epoch')),
          crown: fill === null ? null : fill.toLowerCase() === hollow ? 'hollow' : 'solid',
        };
      });
      const summary = document.querySelector('[data-testid="leader"]');
      const leader = summary?.getAttribute('data-leader-id') ?? '';
      const leaderEpoch = summary?.getAttribute('data-epoch') ?? '';
      const key = JSON.stringify([nodes, leader, leaderEpoch]);
      if (key === last) return;
      last = key;
      samples.push({ at: performance.now(), nodes, leader, leaderEpoch });
    };
    take();
    const observer = new MutationObserver(take);
    const glyphs = document.querySelector('[data-testid^="node-"][data-state]')?.parentElement;
    const summary = document.querySelector('[data-testid="leader"]');
    if (!glyphs || !summary) throw new Error('no servers or leader summary to watch');
    observer.observe(glyphs, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state', 'data-epoch', 'fill'],
    });
    observer.observe(summary, { attributes: true, attributeFilter: ['data-leader-id', 'data-epoch'] });
  }, HOLLOW_CROWN);
}

/** The recorded samples, also attached to the test's report to explain a failure. */
async function samplesOf(page: Page, name = 'states'): Promise<Sample[]> {
  const samples = await page.evaluate(() => (window as unknown as { __e2eSamples: Sample[] }).__e2eSamples);
  await test.info().attach(name, {
    body: samples
      .map(
        (s) =>
          `${s.at.toFixed(0)} ms  leader=${s.leader || '-'}@${s.leaderEpoch || '-'}  ${s.nodes.map((n) => `${n.id}:${n.state}@${n.epoch}${n.crown === 'hollow' ? '(hollow)' : ''}`).join(' ')}`,
      )
      .join('\n'),
    contentType: 'text/plain',
  });
  return samples;
}
const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Epochs in which two servers showed themselves as established leaders (data-state="leading" with a
 * solid crown) at the same moment. A server that has just won an election is LEADING but keeps its
 * old current epoch (data-epoch) until a quorum acknowledges NEWLEADER, as in ZooKeeper; its crown
 * is hollow meanwhile, so it is not counted as a second leader of the old epoch.
 */
function doubleLeaders(samples: Sample[]): string[] {
  const out: string[] = [];
  for (const s of samples) {
    const byEpoch = new Map<number, number[]>();
    for (const n of s.nodes)
      if (n.state === 'leading' && n.crown === 'solid')
        byEpoch.set(n.epoch, [...(byEpoch.get(n.epoch) ?? []), n.id]);
    for (const [epoch, ids] of byEpoch)
      if (ids.length > 1) out.push(`epoch ${epoch}: servers ${ids.join(', ')} both leading`);
  }
  return out;
}

// ------------------------------------------------------------------ the tests

test('the default page elects a leader by itself', async ({ page }) => {
  await page.goto('/');
  const leader = await agreedLeader(page, 30_000);
  expect(NODES).toContain(leader.id);
  expect(leader.epoch).toBeGreaterThanOrEqual(1);
  await expectSteadyEnsemble(page, leader, 30_000);
  for (const id of NODES) {
    const word = id === leader.id ? 'leader' : 'follower';
    await expect(node(page, id)).toHaveAccessibleName(`Node ${id}, ${word}`);
    await expect(page.getByRole('button', { name: `Node ${id}, ${word}`, exact: true })).toBeVisible();
    await expect(node(page, id)).toHaveAttribute('data-zxid', /^0x[0-9a-f]+$/);
  }
  await expectLogged(page, 'leader-elected', { node: leader.id, epoch: leader.epoch });
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
});

test('a first visit shows the guide once a leader serves, naming that leader; "Got it" keeps it away after a reload', async ({ page }) => {
  await page.goto('/');
  const leader = await agreedLeader(page, 30_000);
  const guide = page.getByTestId('first-visit-guide');
  await expect(guide).toBeVisible();
  await expect(guide).toContainText(`server ${leader.id} with the crown`);
  await page.getByTestId('guide-dismiss').click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await agreedLeader(page, 30_000);
  await expect(page.getByTestId('leader')).toHaveAttribute('data-state', 'serving');
  // Long enough on the simulated clock for the guide to have come, as it did on the first visit.
  await passSimMs(page, 1_000);
  await expect(guide).toHaveCount(0);
});

test('crashing the leader by a click brings a new leader in a higher epoch, and the log explains the timeout', async ({
  page,
}) => {
  await page.goto(FAST);
  const old = await agreedLeader(page);
  await expectSteadyEnsemble(page, old);

  await node(page, old.id).click();
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'down');
  await expect(node(page, old.id)).toHaveAccessibleName(`Node ${old.id}, down`);
  const next = await replacementFor(page, old);
  expect(next.epoch).toBeGreaterThan(old.epoch);
  await expect(nodesIn(page, 'leading')).toHaveCount(1);
  await expect(node(page, next.id)).toHaveAccessibleName(`Node ${next.id}, leader`);

  // The log tells why: a follower heard nothing from the old leader for syncLimit × tickTime.
  await expectLogged(page, 'crash', { node: old.id, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } });
  const suspicions = (await readLog(page)).filter((e) => e.kind === 'peer-suspected').map((e) => e.event);
  const timeouts = suspicions.flatMap((e) =>
    e.kind === 'peer-suspected' && e.cause === 'leader-silent' && e.peer === old.id && e.limit.name === 'syncLimit' ? [e] : [],
  );
  expect(timeouts.length, `a peer-suspected entry explains the timeout; got ${JSON.stringify(suspicions)}`).toBeGreaterThan(0);
  for (const e of timeouts) {
    const limitMs = e.limit.ticks * e.limit.tickTimeMs;
    expect(limitMs).toBe(10_000);
    expect(e.silentMs).toBeGreaterThanOrEqual(limitMs);
  }
  await expectLogged(page, 'leader-elected', { node: next.id, epoch: next.epoch });
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
});

test('restarting the crashed leader by a second click makes it a follower in the new epoch', async ({
  page,
}) => {
  await page.goto(FAST);
  const old = await agreedLeader(page);
  await expectSteadyEnsemble(page, old);
  await node(page, old.id).click();
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'down');
  const next = await replacementFor(page, old);

  await node(page, old.id).click();
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'following', { timeout: 20_000 });
  await expect(node(page, old.id)).toHaveAttribute('data-epoch', String(next.epoch), { timeout: 10_000 });
  await expect(node(page, old.id)).toHaveAccessibleName(`Node ${old.id}, follower`);
  expect(await agreedLeader(page)).toEqual(next);
  await expectSteadyEnsemble(page, next);
  await expectLogged(page, 'restart', { node: old.id, acceptedEpoch: old.epoch });
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
});

test("a crashed follower's heartbeat age keeps growing and turns suspected", async ({ page }) => {
  await page.goto(FAST);
  const leader = await agreedLeader(page);
  await expectSteadyEnsemble(page, leader);
  const follower = NODES.find((id) => id !== leader.id)!;
  const cell = page.getByTestId(`hb-age-${leader.id}-${follower}`);
  await expect(cell).toHaveAttribute('data-suspected', 'false');
  expect(await ageOf(cell)).toBeLessThan(10_000);

  await node(page, follower).click();
  await expect(node(page, follower)).toHaveAttribute('data-state', 'down');

  // Silent: the leader's view of it only gets older.
  const first = await ageOf(cell);
  await expect
    .poll(() => ageOf(cell), { timeout: 10_000, message: 'the age grows' })
    .toBeGreaterThan(first + 1_000);
  const second = await ageOf(cell);
  expect(second).toBeGreaterThan(first);

  // After syncLimit × tickTime the leader suspects it, and the cell says so.
  await expect(cell).toHaveAttribute('data-suspected', 'true', { timeout: 20_000 });
  await expect(cell).toContainText('!');
  const atSuspicion = await ageOf(cell);
  expect(atSuspicion).toBeGreaterThanOrEqual(10_000);
  await expect
    .poll(() => ageOf(cell), { timeout: 10_000, message: 'the age keeps growing once suspected' })
    .toBeGreaterThan(atSuspicion + 1_000);
  await expect(cell).toHaveAttribute('data-suspected', 'true');
  await expectLogged(page, 'learner-dropped', { node: leader.id, learner: follower });

  // Four of five is still a quorum: the leader stays.
  expect(await agreedLeader(page)).toEqual(leader);
  await expect(node(page, leader.id)).toHaveAttribute('data-state', 'leading');
});

test('a killed leader is noticed much sooner than a crashed one under the same settings', async ({
  page,
}) => {
  await page.goto(FAST);
  const first = await agreedLeader(page);
  await expectSteadyEnsemble(page, first);

  // Kill (process gone, host resets its connections), from the menu a right-click opens: the
  // followers learn at once.
  await node(page, first.id).click({ button: 'right' });
  await page.getByTestId(`menu-${first.id}`).getByRole('menuitem', { name: /^Kill/ }).click();
  await expect(node(page, first.id)).toHaveAttribute('data-state', 'down');
  const killDelay = await waitForDetection(page, 'kill', first.id, 10_000);
  const second = await replacementFor(page, first, 15_000);

  // Back to five servers, so the crash happens in the same ensemble with the same settings.
  await node(page, first.id).click();
  await expectSteadyEnsemble(page, second);
  await passSimMs(page, 2_500);

  // Crash (host silent): nobody notices until syncLimit × tickTime has passed.
  await node(page, second.id).click();
  await expect(node(page, second.id)).toHaveAttribute('data-state', 'down');
  const crashDelay = await waitForDetection(page, 'crash', second.id, 20_000);
  await replacementFor(page, second);

  test.info().annotations.push({
    type: 'detection',
    description: `kill noticed after ${killDelay} ms, crash after ${crashDelay} ms (simulated)`,
  });
  // At once: within a message latency plus a worker's turn (2 s simulated is 0.4 s real at 5×).
  expect(killDelay, 'a kill is noticed within a message latency').toBeLessThanOrEqual(2_000);
  // A crash waits for syncLimit × tickTime (10 s) of silence counted from the last packet heard, which
  // came at most one ping interval (half a tick, more on a loaded machine) before the crash.
  expect(crashDelay, 'a crash is noticed only after syncLimit × tickTime of silence').toBeGreaterThanOrEqual(
    7_000,
  );
  expect(crashDelay - killDelay).toBeGreaterThanOrEqual(5_000);
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
});

test('a paused leader, resumed after a new leader is elected, steps down and follows', async ({ page }) => {
  await page.goto(FAST);
  const old = await agreedLeader(page);
  await expectSteadyEnsemble(page, old);
  await recordStates(page);

  await menuAction(page, old.id, /^Pause/);
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'paused');
  await expect(node(page, old.id)).toHaveAccessibleName(`Node ${old.id}, paused`);
  const next = await replacementFor(page, old);

  // Resume from the keyboard: focus the server, Shift+F10 opens its menu.
  await node(page, old.id).focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId(`menu-${old.id}`);
  await expect(menu).toBeVisible();
  const resume = menu.getByRole('menuitem', { name: /^Resume/ });
  await resume.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);

  await expect(node(page, old.id)).toHaveAttribute('data-state', 'following', { timeout: 20_000 });
  await expect(node(page, old.id)).toHaveAttribute('data-epoch', String(next.epoch), { timeout: 10_000 });
  expect(await agreedLeader(page)).toEqual(next);
  await expectSteadyEnsemble(page, next);

  const samples = await samplesOf(page);
  expect(samples.length).toBeGreaterThan(2);
  expect(doubleLeaders(samples), 'never two leaders in one epoch').toEqual([]);
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
});

test('the minority side of a partition never shows a leader', async ({ page }) => {
  await page.goto(FAST);
  const old = await agreedLeader(page);
  await expectSteadyEnsemble(page, old);
  await recordStates(page);
  const splitAt = await pageNow(page);

  await page.getByTestId('split-leader-minority').click();
  const split = page.locator('[data-testid="event-log"] [data-kind="partition"]').first();
  await expect(split).toBeVisible();
  const record = await eventOf(split);
  const groups = record.kind === 'partition' ? record.groups : [];
  expect(groups).toHaveLength(2);
  const minority = groups.find((g) => g.includes(old.id))!;
  const majority = groups.find((g) => !g.includes(old.id))!;
  expect(minority.length).toBe(2);
  expect(majority.length).toBe(3);

  // Every link across the cut is cut, both ways; links inside a side are not.
  for (const a of minority) {
    for (const b of majority) {
      await expect(page.getByTestId(`link-${a}-${b}`)).toHaveAttribute('data-cut', 'true');
      await expect(page.getByTestId(`link-${b}-${a}`)).toHaveAttribute('data-cut', 'true');
    }
  }
  await expect(page.getByTestId(`link-${majority[0]}-${majority[1]}`)).toHaveAttribute('data-cut', 'false');
  await expect(page.getByTestId(`link-${minority[0]}-${minority[1]}`)).toHaveAttribute('data-cut', 'false');

  // The majority elects a leader of its own; the old leader, cut off, steps down.
  const next = await replacementFor(page, old);
  expect(majority).toContain(next.id);
  await expect(node(page, old.id)).not.toHaveAttribute('data-state', 'leading', { timeout: 20_000 });
  await expect(
    page.locator(`[data-testid="event-log"] [data-kind="step-down"][data-node="${old.id}"]`).first(),
  ).toBeVisible();

  // Watch for a while (15 s simulated: past syncLimit and more): nothing in the minority leads.
  await passSimMs(page, 15_000);
  for (const id of minority) await expect(node(page, id)).not.toHaveAttribute('data-state', 'leading');
  expect(await agreedLeader(page)).toEqual(next);

  const samples = (await samplesOf(page)).filter((s) => s.at >= splitAt);
  const stepDown = samples.findIndex((s) => s.nodes.some((n) => n.id === old.id && n.state !== 'leading'));
  expect(stepDown).toBeGreaterThanOrEqual(0);
  const problems: string[] = [];
  samples.forEach((s, i) => {
    for (const n of s.nodes) {
      if (!minority.includes(n.id) || n.state !== 'leading') continue;
      if (n.epoch > old.epoch) problems.push(`server ${n.id} (minority) leads a new epoch ${n.epoch}`);
      else if (i >= stepDown)
        problems.push(`server ${n.id} (minority) leads again after the old leader stepped down`);
    }
    if (
      s.leader !== '' &&
      minority.includes(Number(s.leader)) &&
      (Number(s.leaderEpoch) > old.epoch || i >= stepDown)
    ) {
      problems.push(`the leader summary shows minority server ${s.leader} (epoch ${s.leaderEpoch})`);
    }
  });
  expect(problems).toEqual([]);
  expect(doubleLeaders(samples)).toEqual([]);

  // Heal: the old leader rejoins as a follower of the majority's leader.
  await page.getByTestId('heal-all').click();
  for (const a of minority)
    for (const b of majority)
      await expect(page.getByTestId(`link-${a}-${b}`)).toHaveAttribute('data-cut', 'false');
  await expect(node(page, old.id)).toHaveAttribute('data-state', 'following', { timeout: 20_000 });
  await expectSteadyEnsemble(page, next);
  await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
});

test('two tabs at once run two clusters that do not see each other', async ({ context, page: a }) => {
  const b = await context.newPage();
  await a.goto(FAST);
  await b.goto(FAST);
  const leaderA = await agreedLeader(a);
  const leaderB = await agreedLeader(b);
  await expectSteadyEnsemble(a, leaderA);
  await expectSteadyEnsemble(b, leaderB);
  const before = await Promise.all(
    NODES.map(async (id) => [
      await node(b, id).getAttribute('data-state'),
      await node(b, id).getAttribute('data-epoch'),
    ]),
  );
  await recordStates(b);

  // Crash A's leader: A replaces it.
  await node(a, leaderA.id).click();
  await expect(node(a, leaderA.id)).toHaveAttribute('data-state', 'down');
  await replacementFor(a, leaderA);
  await passSimMs(b, 5_000);

  // B saw nothing: same leader, same epoch, same servers, no suspicion, nothing in its log.
  expect(await agreedLeader(b)).toEqual(leaderB);
  const after = await Promise.all(
    NODES.map(async (id) => [
      await node(b, id).getAttribute('data-state'),
      await node(b, id).getAttribute('data-epoch'),
    ]),
  );
  expect(after).toEqual(before);
  await expect(nodesIn(b, 'down')).toHaveCount(0);
  for (const id of NODES.filter((x) => x !== leaderB.id)) {
    await expect(b.getByTestId(`hb-age-${leaderB.id}-${id}`)).toHaveAttribute('data-suspected', 'false');
    await expect(b.getByTestId(`hb-age-${id}-${leaderB.id}`)).toHaveAttribute('data-suspected', 'false');
  }
  const logB = await readLog(b);
  expect(
    logB.filter((e) => ['crash', 'peer-suspected', 'learner-dropped', 'step-down'].includes(e.kind)),
  ).toEqual([]);
  // And at no moment in between did B's servers or leader change.
  const samplesB = await samplesOf(b, 'tab B states');
  for (const sample of samplesB) {
    expect(sample.nodes.map((n) => [n.state, String(n.epoch)])).toEqual(before);
    expect([sample.leader, sample.leaderEpoch]).toEqual([String(leaderB.id), String(leaderB.epoch)]);
  }
  await expect(a.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
  await expect(b.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
});
