import type { Translate } from '../i18n/translate.ts';
import type { NodeState, ZxidLag } from '../store/index.ts';

// Number formatting shared by the panels: plain, projector-friendly, units always shown (ms and s
// read the same in both languages). Zxids and milliseconds are formatted as the narration formats
// them, by the same functions. Words (a state, a lag) go through the page's catalog.

export { formatMs, formatSessionId, formatZxid } from '../narrate/narration.ts';

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

/** A figure a real server may not report: the figure, or an honest "— (not reported)". */
export function reported(t: Translate, value: number | null, show: (value: number) => string = String): string {
  return value === null ? t('details.notReported') : show(value);
}

/** A server's state in a word, in the page's language ("leader", "领导者"). */
export function stateName(t: Translate, state: NodeState): string {
  return t(`state.${state}`);
}

/** How far a server's data is behind the leader's: "up to date", "3 txns behind", "≥ 2 txns behind (older epoch)". */
export function lagText(t: Translate, lag: ZxidLag): string {
  if (lag.ahead) return t('lag.ahead');
  if (lag.txns === 0) return t('lag.upToDate');
  return t(lag.exact ? 'lag.behind' : 'lag.behindAtLeast', { txns: lag.txns });
}
