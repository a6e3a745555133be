import type { Page } from '@playwright/test';

/**
 * Sets the scrubber to `ms` as a drag does: the input's value through the prototype's setter (React
 * watches the element's own), then the input event React listens to.
 */
export async function scrubTo(page: Page, ms: number): Promise<void> {
  await page.evaluate((target) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="timeline"] input[type="range"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(target));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, ms);
}
