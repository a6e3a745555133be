import { useAppStore } from '../../store/hooks.ts';
import { formatMs } from '../format.ts';
import { contentFields, kindWords, messageTitle } from './words.ts';

// The contents of the message clicked in the diagram: who to whom, when, whether TCP held it, and
// what it carried.

/** To the millisecond: a LAN hop takes 2 ms. */
const preciseClock = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

export function MessageDetails() {
  const seq = useAppStore((s) => s.openedMessage);
  const log = useAppStore((s) => s.messageLog);
  const close = useAppStore((s) => s.openMessage);
  if (seq === null || !log) return null;
  const m = log.get(seq);
  if (!m) return null;
  const flightMs = m.deliveredMs - m.sentMs;
  return (
    <aside className="st-details" data-testid="msg-details" data-seq={seq} aria-label="Message contents">
      <header>
        <strong>{messageTitle(m)}</strong>
        <span className="st-details-kind">{kindWords[m.kind]}</span>
        <button type="button" onClick={() => close(null)} aria-label="Close the message contents">
          ✕
        </button>
      </header>
      <p>
        sent at {preciseClock(m.sentMs)}, delivered at {preciseClock(m.deliveredMs)} ({formatMs(flightMs)} on the way)
      </p>
      {m.held && <p className="st-details-held">TCP held it: the link was cut or partitioned, and it left when the link came back.</p>}
      {m.summary ? (
        <dl>
          {contentFields(m.summary).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="st-details-note">The live view samples messages and does not record their contents; the simulator (?driver=sim) does.</p>
      )}
    </aside>
  );
}
