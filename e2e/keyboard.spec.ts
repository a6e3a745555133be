import { expect, test, type Page } from '@playwright/test';
import { expectLogged, loggedEvents } from './eventLog.ts';
import { expectChineseIn } from './zhText.ts';

// The keyboard and presentation mode in the real page (simulator driver): the shortcuts and their
// "?" overlay, keys never firing while typing or with a modifier, presentation mode kept in the
// address, the skip link, the log and the story item by item, and the polite live region.

async function agreedLeader(page: Page, other?: number): Promise<number> {
  const summary = page.getByTestId('leader');
  const pattern = other === undefined ? /^\d+$/ : new RegExp(`^(?!${other}$)\\d+$`);
  await expect(summary).toHaveAttribute('data-leader-id', pattern, { timeout: 60_000 });
  return Number(await summary.getAttribute('data-leader-id'));
}

/** A key pressed with nothing focused, as after a click on the page's background. */
async function pressOnPage(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
}

const node = (page: Page, id: number) => page.getByTestId(`node-${id}`);

test('shortcuts: c crashes the leader, r restarts it, k kills the next one, space pauses, s steps', async ({ page }) => {
  await page.goto('/?driver=sim&speed=5');
  const first = await agreedLeader(page);
  await pressOnPage(page, 'c');
  await expect(node(page, first)).toHaveAttribute('data-state', 'down');
  await expectLogged(page, 'crash', { node: first });
  await pressOnPage(page, 'r');
  await expect(node(page, first)).not.toHaveAttribute('data-state', 'down');
  const second = await agreedLeader(page, first);
  await pressOnPage(page, 'k');
  await expectLogged(page, 'kill', { node: second });

  await pressOnPage(page, ' ');
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'true');
  const before = (await loggedEvents(page)).length;
  await pressOnPage(page, 's');
  await expect(page.getByTestId('step-result')).toHaveAttribute('data-reached', 'true');
  await expect.poll(async () => (await loggedEvents(page)).length).toBeGreaterThan(before);
  await pressOnPage(page, ' ');
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'false');
});

test('no shortcut while typing in a field, or with Alt, Ctrl or Meta held', async ({ page }) => {
  await page.goto('/?driver=sim');
  const leader = await agreedLeader(page);
  await page.getByTestId('tab-script').click();
  const script = page.getByTestId('script');
  await expect(script).toBeVisible({ timeout: 30_000 });
  await script.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' cksp?');
  await expect(script).toHaveValue(/ cksp\?$/);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const chord of ['Alt+c', 'Control+k', 'Meta+c']) await page.keyboard.press(chord);
  // A key that did act (p) shows the others had their chance: the leader is still up and leading.
  await pressOnPage(page, 'p');
  await expect(page.locator('html')).toHaveClass(/is-presenting/);
  await expect(node(page, leader)).toHaveAttribute('data-state', 'leading');
  await expect(page.getByTestId('pause-all')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('shortcuts')).toBeHidden();
});

test('the ? overlay lists every shortcut, opens from the toolbar too, and Escape closes it; in Chinese, no English', async ({ page }) => {
  await page.goto('/?driver=sim');
  await agreedLeader(page);
  await pressOnPage(page, '?');
  const overlay = page.getByTestId('shortcuts');
  await expect(overlay).toBeVisible();
  await expect(overlay.locator('[data-shortcut]')).toHaveCount(15);
  for (const id of ['pause', 'step', 'crash-leader', 'kill-leader', 'restart-down', 'lesson-next', 'lesson-prev', 'lessons', 'present', 'help', 'close']) {
    await expect(overlay.locator(`[data-shortcut="${id}"] kbd`).first()).toBeVisible();
  }
  await expect(overlay.locator('[data-shortcut="lesson-next"]')).toContainText('PgDn');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await page.getByTestId('open-shortcuts').click();
  await expect(overlay).toBeVisible();
  await page.getByTestId('shortcuts-close').click();
  await expect(overlay).toBeHidden();

  await page.goto('/?driver=sim&lang=zh');
  await agreedLeader(page);
  await pressOnPage(page, '?');
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole('heading', { level: 2 })).toHaveText('键盘快捷键');
  await expectChineseIn(overlay, 'the shortcuts overlay');
});

test('presentation mode: ?present=1, the p key and the toggle, kept in the address; the side folds to the story and comes back', async ({ page }) => {
  await page.goto('/?driver=sim&present=1');
  await agreedLeader(page);
  const toggle = page.getByTestId('present-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('story')).toBeVisible();
  await expect(page.getByTestId('tab-data')).toBeHidden();
  await expect(page.getByTestId('lesson-slot')).toBeAttached();

  await pressOnPage(page, 'p');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/present=/);
  await page.getByTestId('tab-data').click();
  await expect(page.getByTestId('tab-data')).toHaveAttribute('aria-selected', 'true');

  await toggle.click();
  await expect(page).toHaveURL(/[?&]present=1/);
  await expect(page.getByTestId('story')).toBeVisible();
  await toggle.click();
  // Leaving gives back the tab that was open.
  await expect(page.getByTestId('tab-data')).toHaveAttribute('aria-selected', 'true');

  // A value that is neither 1 nor 0 is refused in words, and the page opens as usual.
  await page.goto('/?driver=sim&present=yes');
  await agreedLeader(page);
  await expect(page.locator('.notices')).toContainText('?present=yes is not 1 or 0');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveClass(/is-presenting/);
});

test('the skip link is the first Tab stop and takes focus to the first server', async ({ page }) => {
  await page.goto('/?driver=sim');
  await agreedLeader(page);
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(node(page, 1)).toBeFocused();
});

test('log entries and story phases are reached with the arrows and read by name', async ({ page }) => {
  await page.goto('/?driver=sim');
  await agreedLeader(page);
  const log = page.getByTestId('event-log');
  await log.focus();
  await page.keyboard.press('ArrowDown');
  const entries = log.locator('li.event');
  await expect(entries.first()).toBeFocused();
  await expect(entries.first()).toHaveAccessibleName(/\d s .+/);
  await page.keyboard.press('ArrowDown');
  await expect(entries.nth(1)).toBeFocused();
  // The entry focused lights up its servers, as pointing at it does.
  const focusedNode = await entries.nth(1).getAttribute('data-node');
  if (focusedNode) await expect(node(page, Number(focusedNode))).toHaveClass(/is-highlighted/);
  await page.keyboard.press('End');
  await expect(entries.last()).toBeFocused();

  await page.getByTestId('events-view-story').click();
  const story = page.getByTestId('story');
  await story.focus();
  await page.keyboard.press('ArrowDown');
  const heads = story.locator('.story-phase-head');
  await expect(heads.first()).toBeFocused();
  await expect(heads.first()).toHaveAccessibleName(/.+/);
  await page.keyboard.press('ArrowDown');
  await expect(heads.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heads.nth(1)).toHaveAttribute('aria-expanded', 'true');
});

test('the live region says who suspects the crashed leader and who leads next, in few words at 25 servers', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?driver=sim&nodes=25&speed=5');
  const leader = await agreedLeader(page);
  const region = page.getByTestId('live-region');
  await expect(region).toHaveAttribute('role', 'status');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  const serialBefore = Number(await region.getAttribute('data-serial'));
  await pressOnPage(page, 'c');
  await expect(region).toContainText(new RegExp(`servers? suspects? server ${leader}\\.`), { timeout: 60_000 });
  const next = await agreedLeader(page, leader);
  await expect(region).toContainText(`Server ${next} leads epoch`, { timeout: 30_000 });
  // Above 9 servers the log groups alike rows: data-count says how many records a row stands for.
  const suspicions = await page
    .getByTestId('event-log')
    .locator('li[data-kind="peer-suspected"]')
    .evaluateAll((rows) => rows.reduce((sum, row) => sum + Number(row.getAttribute('data-count') ?? 1), 0));
  const said = Number(await region.getAttribute('data-serial')) - serialBefore;
  // 24 servers suspecting the leader are gathered, not read out one by one.
  expect(suspicions).toBeGreaterThanOrEqual(10);
  expect(said).toBeLessThan(suspicions / 2);
});

test('the live region speaks the page’s language', async ({ page }) => {
  await page.goto('/?driver=sim&lang=zh&speed=5');
  const leader = await agreedLeader(page);
  await pressOnPage(page, 'c');
  const region = page.getByTestId('live-region');
  await expect(region).toContainText(`怀疑服务器 ${leader} 已失效`, { timeout: 60_000 });
  const next = await agreedLeader(page, leader);
  await expect(region).toContainText(`服务器 ${next} 成为 epoch`, { timeout: 30_000 });
  await expectChineseIn(region, 'the live region');
});
