import { useAppStore, useNowMs } from '../../store/hooks.ts';
import { formatClock, formatSpeed } from '../format.ts';

// Simulated time and speed, so "10 s timeout" can be checked against the clock. It is the frame
// clock every age on screen is drawn with, so the readout and the ages always agree.

export function ClockReadout() {
  const timeMs = useNowMs();
  const speed = useAppStore((s) => s.speed);
  const paused = useAppStore((s) => s.pausedAll);
  return (
    <div className="clock" aria-label="Simulated time" data-testid="clock" data-time-ms={Math.floor(timeMs)}>
      <span className="clock-time">t = {formatClock(timeMs)}</span>
      <span className="clock-speed">{paused ? 'paused' : formatSpeed(speed)}</span>
    </div>
  );
}
