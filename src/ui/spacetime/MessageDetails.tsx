import { useAppStore } from '../../store/hooks.ts';
import { formatMs } from '../format.ts';
import { contentFields, kindWord } from './words.ts';
import { code } from '../../i18n/codeText.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useT } from '../i18n/useT.ts';

// The contents of the message clicked in the diagram: who to whom, when, whether TCP held it, and
// what it carried.

/** To the millisecond: a LAN hop takes 2 ms. */
const preciseClock = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

export function MessageDetails() {
  const t = useT();
  const seq = useAppStore((s) => s.openedMessage);
  const log = useAppStore((s) => s.messageLog);
  const close = useAppStore((s) => s.openMessage);
  if (seq === null || !log) return null;
  const m = log.get(seq);
  if (!m) return null;
  const flightMs = m.deliveredMs - m.sentMs;
  return (
    <aside className="st-details" data-testid="msg-details" data-seq={seq} aria-label={t('spacetime.details.label')}>
      <header>
        <strong>
          {/* ZooKeeper's own packet name (PING, NOTIFICATION, …): not ours to translate. */}
          <span translate="no">{m.type.toUpperCase()}</span> {m.from} → {m.to}
        </strong>
        <span className="st-details-kind">{kindWord(m.kind, t)}</span>
        <button type="button" onClick={() => close(null)} aria-label={t('spacetime.details.close')}>
          ✕
        </button>
      </header>
      <p>
        {t('spacetime.details.times', { sent: preciseClock(m.sentMs), delivered: preciseClock(m.deliveredMs), flight: formatMs(flightMs) })}
      </p>
      {m.held && <p className="st-details-held">{t('spacetime.details.held')}</p>}
      {m.summary ? (
        <dl>
          {contentFields(m.summary, t).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <CodeSpans text={value} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="st-details-note">
          <CodeSpans text={t('spacetime.details.unrecorded', { hint: code('?driver=sim') })} />
        </p>
      )}
    </aside>
  );
}
