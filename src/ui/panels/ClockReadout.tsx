import { useAppStore } from '../../store/hooks.ts';
import { formatClock, formatSpeed } from '../format.ts';

// Simulated time and speed, so "10 s timeout" can be checked against the clock.

export function ClockReadout() {
  const timeMs = useAppStore((s) => s.snapshot?.timeMs ?? 0);
  const speed = useAppStore((s) => s.speed);
  const paused = useAppStore((s) => s.pausedAll);
  return (
    <div className="clock" aria-label="Simulated time" data-testid="clock" data-time-ms={timeMs}>
      <span className="clock-time">t = {formatClock(timeMs)}</span>
      <span className="clock-speed">{paused ? 'paused' : formatSpeed(speed)}</span>
    </div>
  );
}
