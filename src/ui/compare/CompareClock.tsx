import type { CompareSession } from '../../store/compareSession.ts';
import { useT } from '../i18n/useT.ts';
import { useSharedClock } from './useSharedClock.ts';

// The one simulated clock both clusters run on. Beside its time it carries each cluster's own
// clock (its driver's), read at the same moment: tests compare them.

export function CompareClock({ session }: { session: CompareSession }) {
  const t = useT();
  const timeMs = useSharedClock(session.time, (s) => s.timeMs);
  const paused = useSharedClock(session.time, (s) => s.paused);
  const [a, b] = session.sides;
  return (
    <div className="compare-clock" role="timer" aria-label={t('compare.clock')} data-testid="compare-clock" data-time-ms={timeMs} data-a-time-ms={a.driver.nowMs()} data-b-time-ms={b.driver.nowMs()}>
      <span className="compare-clock-time">{t('compare.clockValue', { seconds: Math.floor(timeMs / 100) / 10 })}</span>
      {paused && <span className="compare-clock-paused">{t('compare.paused')}</span>}
    </div>
  );
}
