import { useAppStore } from '../../store/hooks.ts';

// Says, at the top of the page, that this run is a simulator re-run of a live one.

export function RerunBadge() {
  const rerun = useAppStore((s) => s.rerunOfLive && s.driverKind === 'simulated');
  if (!rerun) return null;
  return (
    <span className="rerun-badge" data-testid="rerun-badge" title="A re-run in the simulator: the actions of a run recorded with the Web Worker servers, replayed deterministically" aria-label="Re-run in the simulator of a live run">
      ↻ Re-run
    </span>
  );
}
