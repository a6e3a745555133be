import { expect, test } from '@playwright/test';
import { loggedEvents } from './eventLog.ts';

// The largest valid value on five servers: every tree shows it by size and digest (data-value-bytes,
// data-value-digest) instead of copying it into data-value, so the page stays small and quick.
// Path and value together fit jute.maxbuffer (0xfffff bytes), as a ZooKeeper request must.

const PATH = '/big';
const VALUE_BYTES = 0xfffff - PATH.length;

test('a value of almost 1 MiB reaches every server and the DOM carries its digest, not the megabyte', async ({ page }) => {
  await page.goto('/?nodes=5');
  await expect(page.getByTestId('leader')).not.toHaveAttribute('data-leader-id', '', { timeout: 30_000 });

  await page.getByTestId('tab-clients').click();
  const connect = page.getByTestId('connect-form');
  await connect.getByTestId('connect-name').fill('c1');
  await connect.getByTestId('connect-server').selectOption('1');
  // Pasting a megabyte keeps the main thread (where clients live) busy for a while: a long session.
  await connect.getByTestId('connect-timeout').fill('30000');
  await connect.getByTestId('connect-submit').click();
  await expect(page.getByTestId('client-c1')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });

  await page.getByTestId('tab-data').click();
  const form = page.getByTestId('op-form');
  await form.getByTestId('op-client-c1').check();
  await form.getByTestId('op-kind-create').check();
  await form.getByTestId('op-path').fill(PATH);
  await form.getByTestId('op-value').fill('x'.repeat(VALUE_BYTES - 1) + 'y');
  await form.getByTestId('op-send').click();
  await expect(page.getByTestId('op-result')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });

  const digests = new Set<string>();
  for (const id of [1, 2, 3, 4, 5]) {
    const chip = page.locator(`[data-testid="tree-${id}"] [data-path="${PATH}"]`);
    await expect(chip).toHaveAttribute('data-value-bytes', String(VALUE_BYTES), { timeout: 20_000 });
    expect(await chip.getAttribute('data-value')).toBeNull();
    digests.add((await chip.getAttribute('data-value-digest')) ?? '');
  }
  expect(digests.size).toBe(1);
  expect([...digests][0]).toMatch(/^[0-9a-f]{8}$/);

  // The answer to a read carries the same digest, and the log's records their size, not the value.
  await form.getByTestId('op-value').fill('');
  await form.getByTestId('op-kind-get').check();
  await form.getByTestId('op-send').click();
  const read = page.getByTestId('op-result').locator('.read-value');
  await expect(read).toHaveAttribute('data-value-digest', [...digests][0]!, { timeout: 20_000 });
  await expect(read).toContainText(`${VALUE_BYTES.toLocaleString('en-US')} bytes`);
  await page.getByTestId('tab-events').click();
  const answers = (await loggedEvents(page)).filter((e) => e.kind === 'client-result' && e.op.type === 'create');
  expect(answers[0]).toMatchObject({ op: { path: PATH, valueBytes: VALUE_BYTES, valueDigest: [...digests][0] } });

  await page.getByTestId('tab-data').click();
  expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBeLessThan(200_000);
});
