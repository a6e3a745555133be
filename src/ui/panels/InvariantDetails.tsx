import { epochOf } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { useT } from '../i18n/useT.ts';

// Which rule broke, for which servers, in which epoch, at which zxid: shown in a red strip under
// the toolbar whenever the monitor finds a violation (never, in ZooKeeper mode, if the core is right).

const RULES = ['one-leader-per-epoch', 'committed-never-lost', 'committed-prefix-agreement', 'liveness', 'exception'] as const;

/** The rule's name in words; a rule this page does not know is shown by its id. */
function ruleKey(rule: string): MessageKey | null {
  return (RULES as readonly string[]).includes(rule) ? (`invariants.rule.${rule as (typeof RULES)[number]}` as const) : null;
}

const SHOWN = 4;

/** The epoch a violation concerns: given, or read from its zxid's high bits. */
function epochOfViolation(v: { epoch?: number; zxid?: string }): number | undefined {
  if (v.epoch !== undefined) return v.epoch;
  const zxid = v.zxid && /^0x[0-9a-f]+$/i.test(v.zxid) ? parseInt(v.zxid.slice(2), 16) : NaN;
  return Number.isFinite(zxid) ? epochOf(zxid) : undefined;
}

export function InvariantDetails() {
  const violations = useAppStore((s) => shown(s).snapshot?.invariants.violations ?? null);
  const t = useT();
  if (!violations || violations.length === 0) return null;
  const newest = violations.slice(-SHOWN).reverse();
  return (
    <section className="invariant-details" role="alert" aria-label={t('invariants.details')}>
      <ul data-testid="invariant-violations">
        {newest.map((v, i) => {
          const epoch = epochOfViolation(v);
          const rule = ruleKey(v.rule);
          return (
            <li key={i} data-rule={v.rule} data-servers={v.servers.join(',')} data-epoch={epoch ?? ''} data-zxid={v.zxid ?? ''}>
              <strong>✗ {rule ? t(rule) : v.rule}:</strong> <span translate="no">{v.text}</span>
              <span className="violation-facts">
                {t('invariants.servers', { servers: v.servers.join(', ') || '—' })}
                {epoch !== undefined && t('invariants.epoch', { epoch })}
                {v.zxid !== undefined && t('invariants.zxid', { zxid: v.zxid })}
              </span>
            </li>
          );
        })}
      </ul>
      {violations.length > SHOWN && <p className="panel-note">{t('invariants.earlier', { count: violations.length - SHOWN })}</p>}
    </section>
  );
}
