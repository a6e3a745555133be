import { expect, test, type Page } from '@playwright/test';

// The built app ships a Content-Security-Policy (<meta> in index.html, see vite.config.ts) and
// runs under it: starting, electing and a failover raise no violation, in both drivers.

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Collects CSP violations on the page (events) and in its workers (console errors). */
async function watchPolicy(page: Page): Promise<{ violations: () => Promise<Violation[]>; console: string[] }> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /content security policy|refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (globalThis as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` }));
  });
  return { console, violations: () => page.evaluate(() => (globalThis as unknown as { __cspViolations: Violation[] }).__cspViolations) };
}

async function leaderOf(page: Page): Promise<{ id: number; epoch: number }> {
  const leader = page.getByTestId('leader');
  await expect(leader).not.toHaveAttribute('data-leader-id', '', { timeout: 30_000 });
  return { id: Number(await leader.getAttribute('data-leader-id')), epoch: Number(await leader.getAttribute('data-epoch')) };
}

for (const driver of ['sim', 'live']) {
  test(`the ${driver} driver starts, elects and fails over under the Content-Security-Policy`, async ({ page }) => {
    const policy = await watchPolicy(page);
    await page.goto(`/?driver=${driver}&nodes=5&speed=5`);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-eval');
    expect(meta).not.toContain('unsafe-inline');
    const old = await leaderOf(page);
    await page.getByTestId(`node-${old.id}`).click();
    await expect
      .poll(async () => {
        const next = await leaderOf(page);
        return next.id !== old.id && next.epoch > old.epoch;
      }, { timeout: 30_000 })
      .toBe(true);
    // Every side tab renders its own chunk: each must load under the policy too.
    for (const tab of ['data', 'clients', 'network', 'events']) await page.getByRole('tab', { name: new RegExp(tab, 'i') }).click();
    await page.getByTestId(`node-${old.id}`).click();
    await expect(page.getByTestId(`node-${old.id}`)).toHaveAttribute('data-state', 'following', { timeout: 30_000 });
    expect(await policy.violations()).toEqual([]);
    expect(policy.console).toEqual([]);
  });
}
