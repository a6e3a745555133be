// Number formatting shared by the panels: plain, projector-friendly, units always shown.

/** Hex like ZooKeeper's logs: 0x100000002. */
export function formatZxid(zxid: number): string {
  return '0x' + zxid.toString(16);
}

// One formatter for the page: toLocaleString builds a new one per call, far too slow per frame.
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Whole milliseconds with thousands separators: "10,000 ms". */
export function formatMs(ms: number): string {
  return `${wholeNumber.format(Math.round(ms))} ms`;
}

/** A short duration: "850 ms", "1.5 s", "12 s". */
export function formatAge(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 1000)} s`;
}

/** Simulated clock reading: "t = 12.4 s". */
export function formatClock(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Speed as people say it: "0.5×", "2×". */
export function formatSpeed(speed: number): string {
  return `${Number(speed.toFixed(2))}×`;
}
