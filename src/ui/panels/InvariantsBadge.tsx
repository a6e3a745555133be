import { useAppStore } from '../../store/hooks.ts';

// The live safety monitor: one leader per epoch, committed transactions never lost or changed.

export function InvariantsBadge() {
  const invariants = useAppStore((s) => s.snapshot?.invariants ?? null);
  const ok = invariants?.ok ?? true;
  const count = invariants?.violations.length ?? 0;
  const detail = ok ? 'No safety rule broken: at most one leader per epoch, no committed write lost.' : invariants!.violations.map((v) => v.text).join('\n');
  return (
    <div className={`invariants ${ok ? 'ok' : 'broken'}`} data-testid="invariants" data-ok={String(ok)} title={detail} role="status">
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {ok ? 'Safe' : `${count} safety violation${count === 1 ? '' : 's'}`}
    </div>
  );
}
