import type { StepKind } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';

// Step (the simulator only): run exactly to the next event, message delivery or phase, then stay
// paused. The live driver cannot step (its workers keep their own clocks), so nothing is drawn.

const KINDS: { kind: StepKind; label: string; title: string }[] = [
  { kind: 'event', label: 'event', title: 'To the next entry of the event log' },
  { kind: 'delivery', label: 'message', title: 'To the next message a server or client receives' },
  { kind: 'phase', label: 'phase', title: 'To the next phase: a server suspects, the election is decided, a quorum is synced' },
];

export function StepControl() {
  const canStep = useAppStore((s) => s.capabilities.step);
  const kind = useAppStore((s) => s.stepKind);
  const setKind = useAppStore((s) => s.setStepKind);
  const step = useAppStore((s) => s.step);
  if (!canStep) return null;
  const title = KINDS.find((k) => k.kind === kind)?.title ?? '';
  return (
    <div className="step-control" role="group" aria-label="Step">
      <button type="button" onClick={() => step()} title={`Step (key “.”): ${title.toLowerCase()}; the run stays paused`} data-testid="step">
        Step ▸
      </button>
      <select value={kind} onChange={(e) => setKind(e.target.value as StepKind)} aria-label="Step to the next" title={title} data-testid="step-kind">
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
    </div>
  );
}
