import { narrate } from '../../narrate/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { formatClock } from '../format.ts';

// Why the run stands still: the event an auto-pause stopped at, or where the last step landed.

const PHASE_WORDS = { detection: 'a server suspects', 'election-decided': 'the election is decided', 'synced-quorum': 'a quorum is synced' } as const;

export function TimeReadout() {
  const pausedBy = useAppStore((s) => s.pausedBy);
  const step = useAppStore((s) => s.lastStep);
  const paused = useAppStore((s) => s.pausedAll);
  if (!paused) return null;
  if (pausedBy) {
    return (
      <p className="time-readout" data-testid="paused-by" data-kind={pausedBy.kind} title={narrate(pausedBy)}>
        Paused at {formatClock(pausedBy.t)}: {narrate(pausedBy)}
      </p>
    );
  }
  if (!step) return null;
  let what: string;
  if (!step.reached) what = `nothing of that kind within ${formatClock(step.atMs - step.fromMs)}; the clock stands there`;
  else if (step.phase) what = PHASE_WORDS[step.phase];
  else if (step.delivery) what = `${step.delivery.from} → ${step.delivery.to} received ${step.delivery.type}`;
  else what = step.held > 0 ? `one event (${step.held} more at this instant)` : 'one event';
  const text = `Stepped to ${formatClock(step.atMs)}: ${what}`;
  return (
    <p className="time-readout" data-testid="step-result" data-reached={step.reached} data-at-ms={step.atMs} title={text}>
      {text}
    </p>
  );
}
