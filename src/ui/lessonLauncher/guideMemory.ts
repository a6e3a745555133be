// Whether this browser has dismissed the first-visit guide. Storage may be blocked (a sandboxed
// frame, site data off): then the guide simply shows, and dismissing it lasts for this page.

const KEY = 'zkfp.guideSeen';
let seenThisPage = false;

export function guideSeen(): boolean {
  if (seenThisPage) return true;
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberGuideSeen(): void {
  seenThisPage = true;
  try {
    globalThis.localStorage?.setItem(KEY, '1');
  } catch {
    // blocked storage: remembered for this page only
  }
}
