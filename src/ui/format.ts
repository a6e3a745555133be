// Number formatting shared by the panels: plain, projector-friendly, units always shown. Zxids and
// milliseconds are formatted as the narration formats them, by the same functions.

export { formatMs, formatSessionId, formatZxid } from '../narrate/index.ts';

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
