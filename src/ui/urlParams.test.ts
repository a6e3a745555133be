import { describe, expect, it } from 'vitest';
import { renderMessage } from '../i18n/message.ts';
import { en } from '../i18n/messages/en/index.ts';
import { zh } from '../i18n/messages/zh/index.ts';
import { makeTranslate } from '../i18n/translate.ts';
import { parseUrlParams, type PageParams } from './urlParams.ts';
import { paramErrorMessage } from './paramNotices.ts';

// The errors are data; these read them as the page shows them, through the catalogs.
const english = makeTranslate('en', en);
const words = (p: PageParams) => p.errors.map((e) => renderMessage(english, paramErrorMessage(e)));

const simOnly = { liveAvailable: false, seed: 42 };
const withLive = { liveAvailable: true, seed: 42 };

describe('parseUrlParams', () => {
  it('uses the defaults for an empty query', () => {
    expect(parseUrlParams('', simOnly)).toEqual({ nodes: 5, driver: 'simulated', seed: 42, speed: 1, errors: [] });
    expect(parseUrlParams('', withLive).driver).toBe('live');
  });

  it('reads every parameter', () => {
    expect(parseUrlParams('?nodes=25&driver=sim&seed=7&speed=2.5', withLive)).toEqual({ nodes: 25, driver: 'simulated', seed: 7, speed: 2.5, errors: [] });
    expect(parseUrlParams('?nodes=101&speed=0.1&driver=live', withLive)).toMatchObject({ nodes: 101, speed: 0.1, driver: 'live' });
    expect(parseUrlParams('?speed=10x', simOnly).speed).toBe(10);
    expect(parseUrlParams('?nodes=1', simOnly).nodes).toBe(1);
  });

  it('reports each bad parameter and falls back to its default', () => {
    const p = parseUrlParams('?nodes=500&seed=-3&speed=fast&driver=quantum', simOnly);
    expect(p).toMatchObject({ nodes: 5, seed: 42, speed: 1, driver: 'simulated' });
    expect(p.errors.map((e) => e.kind)).toEqual(['bad-nodes', 'bad-seed', 'bad-speed', 'bad-driver']);
    expect(p.errors[0]).toEqual({ kind: 'bad-nodes', raw: '500', min: 1, max: 101, fallback: 5 });
    expect(words(p)[0]).toBe('?nodes=500 is not a whole number from 1 to 101; using 5 servers.');
    expect(words(p).join(' ')).toMatch(/seed=-3 .*using seed 42/);
    expect(words(p).join(' ')).toMatch(/speed=fast/);
    expect(words(p)[3]).toBe('?driver=quantum is not "sim" or "live"; using the simulator.');
  });

  it('words each error in Chinese too, the parameter kept as written', () => {
    const chinese = makeTranslate('zh', zh);
    const p = parseUrlParams('?nodes=abc&driver=quantum', withLive);
    expect(p.errors.map((e) => renderMessage(chinese, paramErrorMessage(e)))).toEqual(['?nodes=abc 不是 1 到 101 之间的整数；改用 5 台服务器。', '?driver=quantum 既不是“sim”也不是“live”；改用实时驱动。']);
  });

  it('reads ?present=1 and ?present=0, and keeps any other value for the page to refuse in words', () => {
    expect(parseUrlParams('?present=1', simOnly)).toMatchObject({ present: true, errors: [] });
    expect(parseUrlParams('?present=true', simOnly).present).toBe(true);
    expect(parseUrlParams('?present=0', simOnly)).toMatchObject({ present: false, errors: [] });
    const bad = parseUrlParams('?present=yes', simOnly);
    expect(bad.present).toBeUndefined();
    expect(bad.presentRefused).toBe('yes');
  });

  it('reads ?lang= as one of our locales, and refuses others in words', () => {
    expect(parseUrlParams('?lang=zh', simOnly).lang).toBe('zh');
    expect(parseUrlParams('?lang=zh-CN', simOnly).lang).toBe('zh');
    expect(parseUrlParams('?lang=EN', simOnly).lang).toBe('en');
    const bad = parseUrlParams('?lang=klingon', simOnly);
    expect(bad.lang).toBeUndefined();
    expect(bad.errors).toEqual([{ kind: 'bad-lang', raw: 'klingon', choices: ['en', 'zh'] }]);
    expect(words(bad)).toEqual(['?lang=klingon is not one of en, zh; using the browser’s language.']);
  });

  it('rejects fractions, zero and blanks for the size', () => {
    for (const bad of ['0', '2.5', '', 'abc', '102']) expect(parseUrlParams(`?nodes=${bad}`, simOnly).errors).toHaveLength(1);
  });

  it('rejects speeds outside 0.1–10', () => {
    for (const bad of ['0', '0.05', '11', '-1', '1e1']) expect(parseUrlParams(`?speed=${bad}`, simOnly).errors).toHaveLength(1);
  });

  it('falls back to the simulator when the live driver is not built', () => {
    const p = parseUrlParams('?driver=live', simOnly);
    expect(p.driver).toBe('simulated');
    expect(words(p)[0]).toMatch(/not in this build/);
  });
});

describe('parseUrlParams: a shared run', () => {
  it('reads ?script= or #script=, ?at= and ?rerun=, and opens them in the simulator', () => {
    expect(parseUrlParams('?script=abc&at=1500', withLive)).toMatchObject({ sharedScript: { encoded: 'abc', from: '?script=' }, atMs: 1500, driver: 'simulated', errors: [] });
    expect(parseUrlParams('?driver=sim&at=0', withLive, '#script=xyz')).toMatchObject({ sharedScript: { encoded: 'xyz', from: '#script=' }, atMs: 0, driver: 'simulated' });
    expect(parseUrlParams('?rerun=1', withLive, '#script=q').rerun).toBe(true);
    expect(parseUrlParams('', withLive).sharedScript).toBeUndefined();
  });

  it('refuses a bad ?at= with a notice and opens at the start', () => {
    for (const bad of ['-1', '1.5', 'soon', '3600001']) {
      const p = parseUrlParams(`?at=${bad}`, withLive);
      expect(p.atMs).toBeUndefined();
      expect(words(p)[0]).toMatch(/\?at=.* is not a whole number of ms from 0 to 3600000; opening at the start/);
    }
  });

  it('a shared script asked to run live is run in the simulator, and says so', () => {
    const p = parseUrlParams('?driver=live', withLive, '#script=abc');
    expect(p.driver).toBe('simulated');
    expect(words(p)[0]).toMatch(/replays in the simulator only/);
  });
});
