import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';

// Says, at the top of the page, that this run is a simulator re-run of a live one.

export function RerunBadge() {
  const t = useT();
  const rerun = useAppStore((s) => s.rerunOfLive && s.driverKind === 'simulated');
  if (!rerun) return null;
  return (
    <span className="rerun-badge" data-testid="rerun-badge" title={t('script.rerun.badgeTitle')} aria-label={t('script.rerun.badgeLabel')}>
      {t('script.rerun.badge')}
    </span>
  );
}
