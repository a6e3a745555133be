import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { findZookeeper } from '../src/real/zookeeperInstall.ts';

// The page on a REAL ZooKeeper ensemble: `npm run real` (the bridge) started here with three
// servers at tickTime 200 ms and syncLimit 2, the URL it prints opened, and everything done by
// clicking the page. Eventual states with generous deadlines; the bridge is stopped by its PID and
// must leave no server running. Skipped, with the reason, where Java or ZooKeeper is missing.

const found = findZookeeper({});
test.skip(!found.ok, `real ZooKeeper is not installed: ${found.ok ? '' : found.message}`);
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let bridge: ChildProcess | null = null;
let pageUrl = '';
const REAL_MS = 30_000;

function startBridge(): Promise<string> {
  bridge = spawn(process.execPath, ['--import', 'tsx', 'src/cli/real.ts', '--servers', '3', '--tick', '200', '--init-limit', '5', '--sync-limit', '2', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bridge printed no URL within 90 s: ${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?driver=real&token=[0-9a-f]+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    bridge!.stdout!.on('data', read);
    bridge!.stderr!.on('data', read);
    bridge!.once('exit', (code) => reject(new Error(`the bridge exited (${code}): ${output}`)));
  });
}

/** The pids of the ZooKeeper JVMs this test's bridge started (its children). */
function serverPids(): number[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n');
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter(([, ppid, ...args]) => Number(ppid) === bridge?.pid && args.join(' ').includes('QuorumPeerMain'))
    .map(([pid]) => Number(pid));
}

test.beforeAll(async () => {
  pageUrl = (await startBridge()) + '&lang=en';
});

test.afterAll(async () => {
  if (!bridge || bridge.exitCode !== null) return;
  const exited = new Promise((resolve) => bridge!.once('exit', resolve));
  process.kill(bridge.pid!, 'SIGTERM');
  await exited;
});

const node = (page: Page, id: number) => page.getByTestId(`node-${id}`);
const leaderId = async (page: Page) => Number(await page.getByTestId('leader').getAttribute('data-leader-id'));

async function agreedLeader(page: Page, not?: number): Promise<number> {
  await expect
    .poll(async () => {
      const id = await page.getByTestId('leader').getAttribute('data-leader-id');
      return id !== null && id !== '' && Number(id) !== not;
    }, { timeout: REAL_MS, message: `a leader${not === undefined ? '' : ` other than ${not}`}` })
    .toBe(true);
  return leaderId(page);
}

async function allFollowing(page: Page, leader: number) {
  for (const id of [1, 2, 3].filter((i) => i !== leader)) await expect(node(page, id)).toHaveAttribute('data-state', 'following', { timeout: REAL_MS });
}

test('shows three real servers with a leader, and a killed leader replaced', async ({ page }) => {
  await page.goto(pageUrl);
  const first = await agreedLeader(page);
  await expect(node(page, first)).toHaveAttribute('data-state', 'leading');
  await allFollowing(page, first);

  await node(page, first).click({ button: 'right' });
  await page.getByTestId(`menu-${first}`).getByRole('menuitem', { name: /^Kill/ }).click();
  await expect(node(page, first)).toHaveAttribute('data-state', 'down', { timeout: REAL_MS });
  const second = await agreedLeader(page, first);
  expect(second).not.toBe(first);

  // A click on a down server restarts it: it comes back as a follower of the new leader.
  await node(page, first).click();
  await expect(node(page, first)).toHaveAttribute('data-state', 'following', { timeout: REAL_MS });
  expect(await leaderId(page)).toBe(second);
});

test('cuts a link one way, partitions and heals, all from the page', async ({ page }) => {
  await page.goto(pageUrl);
  const leader = await agreedLeader(page);
  await allFollowing(page, leader);
  const follower = [1, 2, 3].find((id) => id !== leader)!;

  await page.getByRole('tab', { name: /^Network/ }).click();
  await page.getByTestId('link-from').selectOption(String(leader));
  await page.getByTestId('link-to').selectOption(String(follower));
  await page.getByTestId('link-editor').getByRole('checkbox').uncheck();
  await page.getByTestId('link-cut').click();
  await expect(page.getByTestId(`link-${leader}-${follower}`)).toHaveAttribute('data-cut', 'true');
  // The follower hears nothing from its leader, times out and stops following; the leader keeps its quorum.
  await expect(node(page, follower)).not.toHaveAttribute('data-state', 'following', { timeout: REAL_MS });
  await expect(node(page, leader)).toHaveAttribute('data-state', 'leading');
  await page.getByTestId('link-restore').click();
  await expect(page.getByTestId(`link-${leader}-${follower}`)).toHaveAttribute('data-cut', 'false');
  await expect(node(page, follower)).toHaveAttribute('data-state', 'following', { timeout: REAL_MS });

  // The leader alone on one side: the other two elect one of themselves.
  await page.getByTestId('split-leader-minority').click();
  const majorityLeader = await agreedLeader(page, leader);
  expect(majorityLeader).not.toBe(leader);
  await page.getByTestId('heal-all').click();
  await allFollowing(page, await agreedLeader(page));
});

test('stopping the bridge stops every server it started', async () => {
  const before = serverPids();
  expect(before.length).toBeGreaterThanOrEqual(3);
  const exited = new Promise<number | null>((resolve) => bridge!.once('exit', resolve));
  process.kill(bridge!.pid!, 'SIGTERM');
  expect(await exited).toBe(0);
  const alive = before.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
  expect(alive, 'servers left running').toEqual([]);
});
