import { epochOf } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';

// Which rule broke, for which servers, in which epoch, at which zxid: shown in a red strip under
// the toolbar whenever the monitor finds a violation (never, in ZooKeeper mode, if the core is right).

const ruleWords: Record<string, string> = {
  'one-leader-per-epoch': 'Two leaders in one epoch',
  'committed-never-lost': 'A committed write was lost or changed',
  'committed-prefix-agreement': 'Servers disagree on committed history',
  liveness: 'No progress',
  exception: 'A server crashed on an error',
};

const SHOWN = 4;

/** The epoch a violation concerns: given, or read from its zxid's high bits. */
function epochOfViolation(v: { epoch?: number; zxid?: string }): number | undefined {
  if (v.epoch !== undefined) return v.epoch;
  const zxid = v.zxid && /^0x[0-9a-f]+$/i.test(v.zxid) ? parseInt(v.zxid.slice(2), 16) : NaN;
  return Number.isFinite(zxid) ? epochOf(zxid) : undefined;
}

export function InvariantDetails() {
  const violations = useAppStore((s) => shown(s).snapshot?.invariants.violations ?? null);
  if (!violations || violations.length === 0) return null;
  const newest = violations.slice(-SHOWN).reverse();
  return (
    <section className="invariant-details" role="alert" aria-label="Safety violations">
      <ul data-testid="invariant-violations">
        {newest.map((v, i) => {
          const epoch = epochOfViolation(v);
          return (
            <li key={i} data-rule={v.rule} data-servers={v.servers.join(',')} data-epoch={epoch ?? ''} data-zxid={v.zxid ?? ''}>
              <strong>✗ {ruleWords[v.rule] ?? v.rule}:</strong> {v.text}
              <span className="violation-facts">
                servers {v.servers.join(', ') || '—'}
                {epoch !== undefined && <> · epoch {epoch}</>}
                {v.zxid !== undefined && <> · zxid {v.zxid}</>}
              </span>
            </li>
          );
        })}
      </ul>
      {violations.length > SHOWN && <p className="panel-note">…and {violations.length - SHOWN} earlier.</p>}
    </section>
  );
}
