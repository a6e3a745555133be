import { describeFault } from '../../narrate/narration.ts';
import { useAppStore } from '../../store/hooks.ts';
import { describePartition } from '../panels/idRanges.ts';
import { shown } from '../../store/shown.ts';
import { useNarrationLocale, useT } from '../i18n/useT.ts';

// Every fault in force, in one list, each with its own heal button, and one to heal them all.

export function ActiveFaults() {
  const t = useT();
  const locale = useNarrationLocale();
  const faults = useAppStore((s) => shown(s).faults);
  const partition = useAppStore((s) => shown(s).links.partition);
  const healFault = useAppStore((s) => s.healFault);
  const healAll = useAppStore((s) => s.healAll);
  return (
    <section className="panel faults-panel" aria-labelledby="faults-title" data-testid="active-faults" data-count={faults.length}>
      <h2 id="faults-title">
        {t('network.faults.title')} <span className="panel-note">{faults.length === 0 ? t('network.faults.none') : t('network.faults.count', { count: faults.length })}</span>
        {faults.length > 0 && (
          <button type="button" className="heal-all-button" onClick={healAll} data-testid="faults-heal-all">
            {t('network.faults.healAll')}
          </button>
        )}
      </h2>
      {faults.length > 0 && (
        <ul className="fault-list">
          {faults.map((f) => {
            const words = describeFault(f, locale);
            return (
              <li key={f.id} className={`fault-row kind-${f.kind}`} data-fault-id={f.id} data-kind={f.kind}>
                <span className="fault-text">{f.kind === 'partition' && partition ? t('network.faults.partition', { groups: describePartition(partition) }) : words}</span>
                <button type="button" onClick={() => healFault(f.id)} aria-label={t('network.faults.healLabel', { fault: words })}>
                  {t('network.faults.heal')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
