import type { CompareSetupId } from '../driver/index.ts';

// The way into compare mode and back out (a reload with other parameters): the page's language and
// speed go along, the set-up's own parameters stay behind. In the first load, so kept tiny.

const KEPT = ['lang', 'speed'];

function kept(search: string): string[] {
  const query = new URLSearchParams(search);
  return KEPT.flatMap((name) => {
    const value = query.get(name);
    return value === null ? [] : [`${name}=${encodeURIComponent(value)}`];
  });
}

export function compareHref(setup: CompareSetupId, search: string): string {
  return `?${[`compare=${setup}`, ...kept(search)].join('&')}`;
}

export function playgroundHref(search: string): string {
  return `?${kept(search).join('&')}`;
}
