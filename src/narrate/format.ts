// Number formats every language shares: durations in ms with thousands separators, and ids in hex
// as ZooKeeper logs them. The one definition of each; the UI and the CLI import them from here.

export { formatSessionId, formatZxid } from '../core/zxid.ts';

// One formatter, built once: toLocaleString builds a new one per call, far too slow per frame.
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Whole milliseconds with thousands separators: "10,000 ms". */
export function formatMs(ms: number): string {
  return `${wholeNumber.format(Math.round(ms))} ms`;
}

/** A size in bytes with thousands separators: "1,048,576 bytes". */
export function formatBytes(bytes: number): string {
  return `${wholeNumber.format(bytes)} bytes`;
}

/** A fraction as a percentage with at most one decimal: 0.255 → "25.5%". */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** "10.0 s" (a class reads seconds more easily than milliseconds), or "6 ms" under a second. */
export function formatSeconds(ms: number): string {
  return ms < 1000 ? formatMs(ms) : `${(ms / 1000).toFixed(1)} s`;
}
