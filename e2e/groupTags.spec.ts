import { expect, test } from '@playwright/test';

// Group tags at scale: the ring preset at 51 servers makes 51 overlapping groups. Each server gets
// one tag, its labels stay letters past Z (AA, AB …), and the tags go when the partition heals.

test('the ring preset at 51 servers tags each server once, in letters, and heal takes the tags away', async ({ page }) => {
  await page.goto('/?driver=sim&nodes=51');
  await expect(page.getByTestId('leader')).not.toHaveAttribute('data-leader-id', '', { timeout: 30_000 });
  await page.getByTestId('tab-network').click();
  await page.getByTestId('preset-ring').click();
  const tags = page.locator('[data-testid^="group-tag-"]');
  await expect(tags).toHaveCount(51);
  const groups = await tags.evaluateAll((els) => els.map((el) => el.getAttribute('data-groups') ?? ''));
  const labels = new Set(groups.flatMap((g) => g.split(',')));
  expect(labels.size).toBe(51);
  for (const label of labels) expect(label).toMatch(/^[A-Z]{1,2}$/);
  expect(labels).toContain('AY');
  // One tag per server, a handful of characters each, whatever the number of groups it is in.
  for (const text of await tags.locator('text').allTextContents()) expect(text.length).toBeLessThanOrEqual(5);
  await page.getByRole('button', { name: /heal all/i }).click();
  await expect(tags).toHaveCount(0);
});
