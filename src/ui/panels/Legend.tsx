import type { NodeState } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { messageColors, messageWords, type MessageCategory } from '../theme.ts';
import { detailFor } from '../topology/layout.ts';
import { RoleShape } from '../topology/RoleShape.tsx';
import { shown } from '../../store/shown.ts';
import { SpacetimeToggle } from '../spacetime/SpacetimeToggle.tsx';

// What the shapes and dot colours mean, in a strip under the topology, with the switch for the
// space-time diagram that opens below it (the key itself is hidden from screen readers, not the switch).

const states: { state: NodeState; word: string }[] = [
  { state: 'leading', word: 'leader' },
  { state: 'following', word: 'follower' },
  { state: 'looking', word: 'looking' },
  { state: 'paused', word: 'paused' },
  { state: 'down', word: 'down' },
];

const shownMessages: MessageCategory[] = ['election', 'sync', 'ping', 'broadcast', 'heartbeat'];

export function Legend() {
  const animate = useAppStore((s) => s.animateMessages);
  const detector = useAppStore((s) => s.spec.settings.detector);
  const tagged = useAppStore((s) => detailFor(shown(s).nodeIds.length) === 'compact');
  return (
    <div className="legend">
      <ul className="legend-states" aria-hidden="true">
        {states.map(({ state, word }) => (
          <li key={state}>
            <svg width="22" height="22" viewBox="-12 -12 24 24">
              <RoleShape state={state} r={10} />
            </svg>
            {word}
          </li>
        ))}
        <li>
          <svg width="22" height="22" viewBox="-12 -12 24 24">
            <circle r="9" fill="none" stroke="#e3e6ea" strokeWidth="4" />
            <path d="M0,-9A9,9 0 1,1 -9,0" fill="none" stroke="#1f9d55" strokeWidth="4" />
          </svg>
          time left
        </li>
        {tagged && <li>e2 = epoch 2</li>}
      </ul>
      {animate && (
        <ul className="legend-messages" aria-hidden="true">
          {shownMessages
            .filter((c) => c !== 'heartbeat' || detector === 'all-to-all')
            .map((c) => (
              <li key={c}>
                <span className="legend-dot" style={{ background: messageColors[c] }} />
                {messageWords[c]}
              </li>
            ))}
        </ul>
      )}
      <SpacetimeToggle />
    </div>
  );
}
