import { describe, expect, it } from 'vitest';
import { DEFERRED_AREAS, DRIVER_AREAS, deferredAreaOf } from '../../i18n/catalogAreas.ts';
import { real } from '../../i18n/messages/en/real.ts';
import { firstScreen } from '../../i18n/messages/en/firstScreen.ts';
import { en } from '../../i18n/messages/en/index.ts';
import { firstScreen as firstScreenZh } from '../../i18n/messages/zh/firstScreen.ts';
import { AREA_LOADERS } from './areaLoaders.ts';

// The page finds a deferred key's area by its prefix, so every key of an area file must carry it,
// and the first screen plus the areas (a driver's among them) must be the whole catalog in each
// language.

describe('catalog areas', () => {
  it.each(['en', 'zh'] as const)('name their own keys, and with the first screen make the whole catalog (%s)', async (locale) => {
    const whole: Record<string, string> = { ...(locale === 'en' ? firstScreen : firstScreenZh) };
    for (const area of DEFERRED_AREAS) {
      const words = await AREA_LOADERS[locale][area]();
      const strangers = Object.keys(words).filter((key) => deferredAreaOf(key) !== area);
      expect(strangers, `${locale} ${area}`).toEqual([]);
      Object.assign(whole, words);
    }
    for (const area of DRIVER_AREAS) Object.assign(whole, await AREA_LOADERS[locale][area]());
    expect(Object.keys(whole).sort()).toEqual(Object.keys(en).sort());
  });

  it('keep every other key on the first screen', () => {
    const deferredElsewhere = Object.keys(en).filter((key) => deferredAreaOf(key) === null && !(key in firstScreen) && !(key in real));
    expect(deferredElsewhere).toEqual([]);
    expect(deferredAreaOf('data.op.title')).toBe('data');
    expect(deferredAreaOf('toolbar.pause')).toBeNull();
  });
});
