import { useAppStore, useNowMs } from '../../store/hooks.ts';
import { formatClock, formatSpeed } from '../format.ts';
import { useT } from '../i18n/useT.ts';

// Simulated time and speed, so "10 s timeout" can be checked against the clock. It is the frame
// clock every age on screen is drawn with, so the readout and the ages always agree.

export function ClockReadout() {
  const timeMs = useNowMs();
  const speed = useAppStore((s) => s.speed);
  const paused = useAppStore((s) => s.pausedAll);
  const effective = useAppStore((s) => s.effectiveSpeed);
  const past = useAppStore((s) => s.viewAtMs !== null);
  const realTime = useAppStore((s) => !s.capabilities.speed);
  const t = useT();
  // Slow motion during an election: the clock runs at a fraction of the chosen speed, and says so.
  const running = effective !== speed ? t('clock.slow', { effective: formatSpeed(effective), chosen: formatSpeed(speed) }) : formatSpeed(speed);
  return (
    <div className="clock" aria-label={t(realTime ? 'clock.real' : 'clock.label')} data-testid="clock" data-time-ms={Math.floor(timeMs)}>
      <span className="clock-time">{t('clock.time', { time: formatClock(timeMs) })}</span>
      <span className="clock-speed" data-testid="clock-speed" data-speed={effective}>
        {past ? t('clock.past') : paused ? t('clock.paused') : running}
      </span>
    </div>
  );
}
