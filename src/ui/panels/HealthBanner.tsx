import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The delivery watchdog: when messages arrive late the lesson is distorted, so say so. On a real
// ensemble there is no simulated delivery: the bridge's observation (its polls) is what may lag.

export function HealthBanner() {
  const health = useAppStore((s) => shown(s).snapshot?.health ?? null);
  const observation = useAppStore((s) => shown(s).snapshot?.observation ?? null);
  const kind = useAppStore((s) => s.driverKind);
  const t = useT();
  if (observation) {
    const silent = observation.servers.filter((s) => !s.answering).map((s) => s.id);
    if (!observation.behind && silent.length === 0) return null;
    return (
      <div className="health-banner" role="alert" data-testid="observation-behind">
        ⚠ {observation.behind ? t('health.pollsBehind') : t('health.pollsSilent', { ids: silent.join(', ') })}
      </div>
    );
  }
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
