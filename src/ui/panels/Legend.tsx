import type { NodeState } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { messageColors, type MessageCategory } from '../theme.ts';
import { detailFor } from '../topology/layout.ts';
import { RoleShape } from '../topology/RoleShape.tsx';
import { shown } from '../../store/shown.ts';
import { SpacetimeToggle } from '../spacetime/SpacetimeToggle.tsx';
import { useT } from '../i18n/useT.ts';

// What the shapes and dot colours mean, in a strip under the topology, with the switch for the
// space-time diagram that opens below it (the key itself is hidden from screen readers, not the switch).

const states = ['leading', 'following', 'looking', 'paused', 'down'] as const satisfies readonly NodeState[];
/** Only a real ensemble has servers that run but do not answer. */
const realStates = [...states, 'unresponsive'] as const satisfies readonly NodeState[];

const shownMessages: MessageCategory[] = ['election', 'sync', 'ping', 'broadcast', 'heartbeat'];

export function Legend() {
  const animate = useAppStore((s) => s.animateMessages);
  const t = useT();
  const detector = useAppStore((s) => s.spec.settings.detector);
  const tagged = useAppStore((s) => detailFor(shown(s).nodeIds.length) === 'compact');
  const drawn = useAppStore((s) => (s.driverKind === 'real' ? realStates : states));
  return (
    <div className="legend">
      <ul className="legend-states" aria-hidden="true">
        {drawn.map((state) => (
          <li key={state}>
            <svg width="22" height="22" viewBox="-12 -12 24 24">
              <RoleShape state={state} r={10} />
            </svg>
            {t(`legend.${state}`)}
          </li>
        ))}
        <li>
          <svg width="22" height="22" viewBox="-12 -12 24 24">
            <circle r="9" fill="none" stroke="#e3e6ea" strokeWidth="4" />
            <path d="M0,-9A9,9 0 1,1 -9,0" fill="none" stroke="#1f9d55" strokeWidth="4" />
          </svg>
          {t('legend.timeLeft')}
        </li>
        {tagged && <li>{t('legend.epochTag', { epoch: 2 })}</li>}
      </ul>
      {animate && (
        <ul className="legend-messages" aria-hidden="true">
          {shownMessages
            .filter((c) => c !== 'heartbeat' || detector === 'all-to-all')
            .map((c) => (
              <li key={c}>
                <span className="legend-dot" style={{ background: messageColors[c] }} />
                {t(`message.${c}`)}
              </li>
            ))}
        </ul>
      )}
      <SpacetimeToggle />
    </div>
  );
}
