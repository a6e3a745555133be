import { useId } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { formatSpeed } from '../format.ts';
import { useT } from '../i18n/useT.ts';

// Simulated ms per real ms, on a slider of friendly stops from 0.1× to 10×.

export const SPEED_STOPS = [0.1, 0.25, 0.5, 1, 2, 5, 10];

function nearestStop(speed: number): number {
  let best = 0;
  SPEED_STOPS.forEach((s, i) => {
    if (Math.abs(Math.log(s / speed)) < Math.abs(Math.log(SPEED_STOPS[best]! / speed))) best = i;
  });
  return best;
}

export function SpeedControl() {
  const speed = useAppStore((s) => s.speed);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const adjustable = useAppStore((s) => s.capabilities.speed);
  const inputId = useId();
  const t = useT();
  if (!adjustable) {
    return (
      <span className="speed-control is-fixed" tabIndex={0} title={t('unsupported.speed')} aria-label={t('unsupported.speed')} data-testid="speed-fixed">
        {t('clock.real')} · {formatSpeed(1)}
      </span>
    );
  }
  return (
    <div className="speed-control">
      <label htmlFor={inputId}>{t('toolbar.speed')}</label>
      <input
        id={inputId}
        type="range"
        min={0}
        max={SPEED_STOPS.length - 1}
        step={1}
        value={nearestStop(speed)}
        aria-valuetext={formatSpeed(speed)}
        onChange={(e) => setSpeed(SPEED_STOPS[Number(e.target.value)] ?? 1)}
      />
      <output htmlFor={inputId}>{formatSpeed(speed)}</output>
    </div>
  );
}
