import { describeFault } from '../../narrate/narration.ts';
import { useAppStore } from '../../store/hooks.ts';
import { describePartition } from './idRanges.ts';
import { shown } from '../../store/shown.ts';
import { useNarrationLocale, useT } from '../i18n/useT.ts';

// The network's state in words, in a strip of fixed height above the topology (so the picture never
// jumps when a fault comes or goes), each fault with its own heal button.

export function FaultStrip() {
  const faults = useAppStore((s) => shown(s).faults);
  const partition = useAppStore((s) => shown(s).links.partition);
  const healFault = useAppStore((s) => s.healFault);
  const healAll = useAppStore((s) => s.healAll);
  const t = useT();
  const locale = useNarrationLocale();
  return (
    <div className="fault-strip" role="region" aria-label={t('faults.label')}>
      <span className="fault-strip-title">{t('faults.title')}</span>
      {faults.length === 0 && <span className="fault-none">{t('faults.none')}</span>}
      {faults.map((f) => {
        const words = describeFault(f, locale);
        const text = f.kind === 'partition' && partition ? t('faults.partition', { groups: describePartition(partition) }) : words;
        return (
          <span key={f.id} className="fault" data-fault-id={f.id} title={words}>
            {text}
            <button type="button" onClick={() => healFault(f.id)} aria-label={t('faults.healLabel', { fault: words })}>
              {t('faults.heal')}
            </button>
          </span>
        );
      })}
      {faults.length > 1 && (
        <button type="button" className="heal-all" onClick={healAll}>
          {t('faults.healAll')}
        </button>
      )}
    </div>
  );
}
