import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';

// The live safety monitor: one leader per epoch, committed transactions never lost or changed,
// servers agreeing on the committed prefix. Green while they hold; when one breaks, the details
// strip under the toolbar (InvariantDetails) names the servers, epochs and zxids.

export function InvariantsBadge() {
  const invariants = useAppStore((s) => shown(s).snapshot?.invariants ?? null);
  const ok = invariants?.ok ?? true;
  const count = invariants?.violations.length ?? 0;
  const detail = ok ? 'No safety rule broken: at most one leader per epoch, no committed write lost, every server agrees on the committed prefix.' : invariants!.violations.map((v) => v.text).join('\n');
  return (
    <div className={`invariants ${ok ? 'ok' : 'broken'}`} data-testid="invariants" data-ok={String(ok)} data-count={count} title={detail} role="status" aria-label={ok ? 'Safety: every invariant holds' : `Safety: ${count} violation${count === 1 ? '' : 's'}, listed below the toolbar`}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {ok ? 'Safe' : `${count} safety violation${count === 1 ? '' : 's'}`}
    </div>
  );
}
