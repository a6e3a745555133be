import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core on every main screen, in English and Chinese: no serious or critical violation. Each
// screen is reached by clicking the real UI, and the run waits on the page's state before axe looks.
// The simulator driver keeps the pictures the same from run to run.

/** A chunk loaded on demand (a tab, the diagram) on a busy machine. */
const LOAD_MS = 30_000;
const SIDE_TABS = ['events', 'data', 'clients', 'network', 'metrics', 'script'] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('\n  ')}`);
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${screen}`).toEqual([]);
}

async function agreedLeader(page: Page): Promise<number> {
  const summary = page.getByTestId('leader');
  await expect(summary).toHaveAttribute('data-leader-id', /^\d+$/, { timeout: 30_000 });
  return Number(await summary.getAttribute('data-leader-id'));
}

for (const lang of ['en', 'zh'] as const) {
  test(`every main screen passes axe with no serious or critical violation (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(`/?driver=sim&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    const leader = await agreedLeader(page);
    await expectAccessible(page, 'the default screen');

    for (const tab of SIDE_TABS) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator(`#side-panel-${tab} .side-loading`)).toHaveCount(0, { timeout: LOAD_MS });
      await expectAccessible(page, `the ${tab} tab`);
    }
    await page.getByTestId('tab-events').click();
    await page.getByTestId('events-view-story').click();
    await expect(page.getByTestId('story')).toBeVisible();
    await expectAccessible(page, 'the story view');
    await page.getByTestId('events-view-log').click();

    await page.getByTestId('open-settings').click();
    const settings = page.getByRole('dialog');
    await expect(settings).toBeVisible();
    await expectAccessible(page, 'the settings dialog');
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();

    await page.getByTestId(`node-${leader}`).focus();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByTestId(`menu-${leader}`)).toBeVisible();
    await expectAccessible(page, 'a server menu');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(`menu-${leader}`)).toHaveCount(0);

    await page.getByTestId('spacetime-toggle').click();
    await expect(page.getByTestId('spacetime')).toBeVisible({ timeout: LOAD_MS });
    await expectAccessible(page, 'the space-time diagram');
    await page.getByTestId('spacetime-toggle').click();
    await expect(page.getByTestId('spacetime')).toHaveCount(0);

    await page.getByTestId('open-shortcuts').click();
    await expect(page.getByTestId('shortcuts')).toBeVisible();
    await expectAccessible(page, 'the shortcuts overlay');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('shortcuts')).toBeHidden();

    await page.getByTestId('present-toggle').click();
    await expect(page.locator('html')).toHaveClass(/is-presenting/);
    await expect(page.getByTestId('story')).toBeVisible();
    await expectAccessible(page, 'presentation mode');
  });
}
