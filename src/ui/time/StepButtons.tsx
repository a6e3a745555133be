import type { StepKind } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';

// Step (the simulator only): run exactly to the next event, message delivery or phase, then stay
// paused. StepControl.tsx loads this, with its words, only for a driver that can step.

const KINDS = ['event', 'delivery', 'phase'] as const satisfies readonly StepKind[];

export function StepButtons() {
  const kind = useAppStore((s) => s.stepKind);
  const setKind = useAppStore((s) => s.setStepKind);
  const step = useAppStore((s) => s.step);
  const t = useT();
  const title = t(`step.kindTitle.${kind}`);
  return (
    <div className="step-control" role="group" aria-label={t('step.group')}>
      <button type="button" onClick={() => step()} title={t('step.buttonTitle', { what: title.charAt(0).toLocaleLowerCase() + title.slice(1) })} data-testid="step">
        {t('step.button')}
      </button>
      <select value={kind} onChange={(e) => setKind(e.target.value as StepKind)} aria-label={t('step.kindLabel')} title={title} data-testid="step-kind">
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`step.kind.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
