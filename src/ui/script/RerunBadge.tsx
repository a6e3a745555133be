import { useAppStore } from '../../store/hooks.ts';

// Says, at the top of the page, that this run is a simulator re-run of a live one.

export function RerunBadge() {
  const rerun = useAppStore((s) => s.rerunOfLive && s.driverKind === 'simulated');
  if (!rerun) return null;
  return (
    <span className="rerun-badge" data-testid="rerun-badge" title="The actions of a run recorded with the Web Worker servers, replayed deterministically in the simulator">
      Re-run in the simulator
    </span>
  );
}
