import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';

// The delivery watchdog: when messages arrive late the lesson is distorted, so say so.

export function HealthBanner() {
  const health = useAppStore((s) => shown(s).snapshot?.health ?? null);
  const kind = useAppStore((s) => s.driverKind);
  if (!health?.behind) return null;
  return (
    <div className="health-banner" role="alert" data-testid="delivery-behind">
      ⚠{' '}
      {kind === 'simulated'
        ? 'The simulation cannot keep up with this speed: time runs slower than shown.'
        : `Messages are arriving late (p99 ${Math.round(health.lagP99Ms)} ms): timeouts may fire that would not in a real ensemble.`}
    </div>
  );
}
