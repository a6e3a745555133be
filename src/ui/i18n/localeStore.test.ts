import { describe, expect, it } from 'vitest';
import { narrate } from '../../narrate/narration.ts';
import { realSamples } from '../../narrate/testdata/realSamples.ts';
import { samples } from '../../narrate/testdata/samples.ts';
import { loadAreas, setLocale, useLocaleStore, withAreas } from './localeStore.ts';

// The page's words arrive in parts: its language's first screen and narration before it draws, an
// area with its code, in whichever language the page shows, and again in a language switched to
// later. A page in Chinese never loads English: every key and every record kind has its Chinese
// (src/ui/i18n/areaLoaders.test.ts, src/narrate/zh.test.ts), so nothing falls back to it.

const t = () => useLocaleStore.getState().t;
const elected = samples['leader-elected'][0].record;
const silent = realSamples['poll-silence'][0].record;
const killed = samples.kill[0].record;
const suspected = samples['peer-suspected'][0].record;
const startedLooking = samples['state-change'][0].record;
const lookingAfterSuspicion = { ...startedLooking, from: 'following', round: 2, reason: { why: 'leader-heartbeat-timeout', leader: 5, timeoutMs: 3000 } } as const;

describe('the locale store', () => {
  it('loads only the language the page shows', async () => {
    expect(t()('toolbar.pause')).toBe(''); // nothing is drawn before a language is set
    await setLocale('zh');
    expect(t()('toolbar.pause')).not.toBe('');
    const chinese = narrate(elected, 'zh');
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(narrate(elected, 'en')).toBe(chinese); // English's tables never came: the narration falls back to what is loaded
    await setLocale('en');
    expect(narrate(elected, 'en')).not.toBe(chinese);
  });

  it('speaks the first screen and an area once it is loaded, in both languages', async () => {
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

  it("brings a real ensemble's words and narration with its driver's area, in the page's language and a later one", async () => {
    await setLocale('zh');
    expect(narrate(silent, 'zh')).toBe('…'); // a record of a part not loaded waits in sight, never blank
    expect(t()('state.unresponsive')).toBe('');
    await loadAreas(['real']);
    expect(narrate(silent, 'zh')).toMatch(/[\u4e00-\u9fff]/);
    expect(t()('state.unresponsive')).toBe('无响应');
    await setLocale('en');
    expect(narrate(silent, 'en')).toContain('stopped answering');
    expect(t()('state.unresponsive')).toBe('not answering');
  });

  it('fetches the words for what someone did the first time one is said, redraws, and brings them to a language switched to', async () => {
    const before = useLocaleStore.getState().narrationParts;
    // The first screen says a cluster starting up; what follows a fault waits for the part too.
    expect(narrate(startedLooking, 'en')).toContain('started with epoch 4');
    expect(narrate(lookingAfterSuspicion, 'en')).toBe('…');
    expect(narrate(suspected, 'en')).toBe('…');
    expect(narrate(killed, 'en')).toBe('…');
    await expect.poll(() => narrate(killed, 'en')).toContain('You killed server');
    expect(useLocaleStore.getState().narrationParts).toBe(before + 1);
    expect(narrate(lookingAfterSuspicion, 'en')).toContain('it suspects its leader 5 (heartbeat timeout 3,000 ms)');
    expect(narrate(suspected, 'en')).not.toBe('…');
    await setLocale('zh');
    expect(narrate(killed, 'zh')).toMatch(/[\u4e00-\u9fff]/);
    await setLocale('en');
  });
});
