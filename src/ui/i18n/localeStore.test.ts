import { describe, expect, it } from 'vitest';
import { loadAreas, setLocale, useLocaleStore, withAreas } from './localeStore.ts';

// The page's words arrive in parts: the first screen at once, an area with its code, in whichever
// language the page shows, and again in a language switched to later.

const t = () => useLocaleStore.getState().t;

describe('the locale store', () => {
  it('speaks the first screen at once and an area once it is loaded, in both languages', async () => {
    expect(t()('toolbar.pause')).toBe('❚❚ Pause');
    expect(t()('network.faults.title')).toBe(''); // not loaded: nothing drawn, and the area is fetched
    await withAreas(['network'], async () => 'tab');
    expect(t()('network.faults.title')).toBe('Active faults');
    await loadAreas(['metrics']);
    const englishMetrics = t()('metrics.title');
    await setLocale('zh');
    expect(t()('toolbar.pause')).not.toBe('❚❚ Pause');
    expect(t()('metrics.title')).not.toBe('');
    expect(t()('metrics.title')).not.toBe(englishMetrics);
    await setLocale('en');
    expect(t()('metrics.title')).toBe(englishMetrics);
  });

  it('fetches an area asked for early and redraws with a new function', async () => {
    const before = t();
    expect(before('data.op.title')).toBe('');
    await expect.poll(() => useLocaleStore.getState().t('data.op.title')).toBe('Send through a client');
    expect(t()).not.toBe(before);
  });
});
