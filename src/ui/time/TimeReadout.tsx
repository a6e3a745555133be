import { narrate } from '../../narrate/narration.ts';
import { useAppStore } from '../../store/hooks.ts';
import { formatClock } from '../format.ts';
import { useNarrationLocale, useT } from '../i18n/useT.ts';

// Why the run stands still: the event an auto-pause stopped at, or where the last step landed.


export function TimeReadout() {
  const pausedBy = useAppStore((s) => s.pausedBy);
  const step = useAppStore((s) => s.lastStep);
  const paused = useAppStore((s) => s.pausedAll);
  const t = useT();
  const locale = useNarrationLocale();
  if (!paused) return null;
  if (pausedBy) {
    return (
      <p className="time-readout" data-testid="paused-by" data-kind={pausedBy.kind} title={narrate(pausedBy, locale)}>
        {t('time.pausedAt', { at: formatClock(pausedBy.t), what: narrate(pausedBy, locale) })}
      </p>
    );
  }
  if (!step) return null;
  let what: string;
  if (!step.reached) what = t('step.nothing', { span: formatClock(step.atMs - step.fromMs) });
  else if (step.phase) what = t(`step.phase.${step.phase}`);
  else if (step.delivery) what = t('step.delivery', { from: step.delivery.from, to: step.delivery.to, type: step.delivery.type });
  else what = step.held > 0 ? t('step.oneEventHeld', { held: step.held }) : t('step.oneEvent');
  const text = t('step.stepped', { at: formatClock(step.atMs), what });
  return (
    <p className="time-readout" data-testid="step-result" data-reached={step.reached} data-at-ms={step.atMs} title={text}>
      {text}
    </p>
  );
}
