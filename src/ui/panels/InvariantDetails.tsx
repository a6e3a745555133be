import { epochOf } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLocale, useT } from '../i18n/useT.ts';

// Which rule broke, for which servers, in which epoch, at which zxid: shown in a red strip under
// the toolbar whenever the monitor finds a violation (never, in ZooKeeper mode, if the core is right).
// The rule and its facts come from the violation's data in the page's language; the monitor's own
// sentence is English, so it is added only on an English page (or for a rule this page cannot name).

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

type ShownViolation = { rule: string; text: string };

/**
 * A violation's headline and the monitor's own sentence, or null for it: the sentence is English,
 * so it is shown only on an English page, or when this page cannot name the rule.
 */
export function violationWords(v: ShownViolation, t: Translate, locale: Locale): { headline: string; sentence: string | null } {
  const rule = ruleKey(v.rule);
  const sentence = locale === 'en' || !rule ? v.text : null;
  return { headline: `✗ ${rule ? t(rule) : v.rule}${sentence === null ? '' : ':'}`, sentence };
}

export function InvariantDetails() {
  const violations = useAppStore((s) => shown(s).snapshot?.invariants.violations ?? null);
  const t = useT();
  const locale = useLocale();
  if (!violations || violations.length === 0) return null;
  const newest = violations.slice(-SHOWN).reverse();
  return (
    <section className="invariant-details" role="alert" aria-label={t('invariants.details')}>
      <ul data-testid="invariant-violations">
        {newest.map((v, i) => {
          const epoch = epochOfViolation(v);
          const words = violationWords(v, t, locale);
          return (
            <li key={i} data-rule={v.rule} data-servers={v.servers.join(',')} data-epoch={epoch ?? ''} data-zxid={v.zxid ?? ''}>
              <strong>{words.headline}</strong> {words.sentence !== null && <span translate="no">{words.sentence}</span>}
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
