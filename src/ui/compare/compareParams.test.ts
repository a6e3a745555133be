import { describe, expect, it } from 'vitest';
import { parseUrlParams } from '../urlParams.ts';
import { compareHref, playgroundHref } from '../compareLinks.ts';

// ?compare=<set-up> opens compare mode; anything else is reported (boot.ts words it in the page's
// language) and the playground opens as if it were absent. The links in and out keep ?lang=.

const defaults = { liveAvailable: true, seed: 42 };

describe('?compare=', () => {
  it('names one of the set-ups', () => {
    expect(parseUrlParams('?compare=article-vs-zookeeper', defaults)).toMatchObject({ compare: 'article-vs-zookeeper', errors: [] });
    expect(parseUrlParams('?compare=tick-tuning&at=12000&speed=5', defaults)).toMatchObject({ compare: 'tick-tuning', atMs: 12_000, speed: 5 });
    expect(parseUrlParams('?compare=%20crash-vs-kill%20', defaults).compare).toBe('crash-vs-kill');
  });

  it('refuses anything else, and changes nothing else', () => {
    for (const bad of ['', 'zab', 'Article-vs-ZooKeeper', 'article-vs-zookeeper;drop', '<b>']) {
      const params = parseUrlParams(`?compare=${encodeURIComponent(bad)}`, defaults);
      expect(params.compare).toBeUndefined();
      expect(params.unknownCompare).toBe(bad);
      expect({ ...params, unknownCompare: undefined }).toEqual({ ...parseUrlParams('', defaults), unknownCompare: undefined });
    }
    expect(parseUrlParams('', defaults).unknownCompare).toBeUndefined();
  });
});

describe('links in and out of compare mode', () => {
  it('keep the language and the speed, and drop the rest', () => {
    expect(compareHref('crash-vs-kill', '?lang=zh&nodes=25&speed=2')).toBe('?compare=crash-vs-kill&lang=zh&speed=2');
    expect(compareHref('article-vs-zookeeper', '')).toBe('?compare=article-vs-zookeeper');
    expect(playgroundHref('?compare=crash-vs-kill&at=5000&lang=en')).toBe('?lang=en');
    expect(playgroundHref('?compare=crash-vs-kill')).toBe('?');
  });
});
