// Number formats every language shares: durations in ms with thousands separators, and ids in hex
// as ZooKeeper logs them. The one definition of each; the UI and the CLI import them from here.

export { formatSessionId, formatZxid } from '../core/zxid.ts';

/**
 * A whole number with a comma between groups of three digits: "10,000". Grouped by hand because
 * the page formats every age on screen at every tick, and Intl.NumberFormat's format() measured
 * tens of microseconds a call there (a 5-server matrix: 5% of the main thread's script time).
 */
export function formatWhole(n: number): string {
  const rounded = Math.round(n);
  if (!Number.isSafeInteger(rounded)) return String(rounded);
  const digits = String(Math.abs(rounded));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return rounded < 0 ? `-${out}` : out;
}

/** Whole milliseconds with thousands separators: "10,000 ms". */
export function formatMs(ms: number): string {
  return `${formatWhole(ms)} ms`;
}

/** A size in bytes with thousands separators: "1,048,576 bytes". */
export function formatBytes(bytes: number): string {
  return `${formatWhole(bytes)} bytes`;
}

/** A fraction as a percentage with at most one decimal: 0.255 → "25.5%". */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** "10.0 s" (a class reads seconds more easily than milliseconds), or "6 ms" under a second. */
export function formatSeconds(ms: number): string {
  return ms < 1000 ? formatMs(ms) : `${(ms / 1000).toFixed(1)} s`;
}
