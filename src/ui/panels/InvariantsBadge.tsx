import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The live safety monitor: one leader per epoch, committed transactions never lost or changed,
// servers agreeing on the committed prefix. Green while they hold; when one breaks, the details
// strip under the toolbar (InvariantDetails) names the servers, epochs and zxids.

export function InvariantsBadge() {
  const invariants = useAppStore((s) => shown(s).snapshot?.invariants ?? null);
  const t = useT();
  const ok = invariants?.ok ?? true;
  const count = invariants?.violations.length ?? 0;
  return (
    <div className={`invariants ${ok ? 'ok' : 'broken'}`} data-testid="invariants" data-ok={String(ok)} data-count={count} title={ok ? t('invariants.okTitle') : t('invariants.brokenLabel', { count })} role="status" aria-label={ok ? t('invariants.okLabel') : t('invariants.brokenLabel', { count })}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {ok ? t('invariants.safe') : t('invariants.broken', { count })}
    </div>
  );
}
