import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The delivery watchdog: when messages arrive late the lesson is distorted, so say so.

export function HealthBanner() {
  const health = useAppStore((s) => shown(s).snapshot?.health ?? null);
  const kind = useAppStore((s) => s.driverKind);
  const t = useT();
  if (!health?.behind) return null;
  return (
    <div className="health-banner" role="alert" data-testid="delivery-behind">
      ⚠{' '}
      {kind === 'simulated'
        ? t('health.simBehind')
        : t('health.liveBehind', { lagMs: Math.round(health.lagP99Ms) })}
    </div>
  );
}
