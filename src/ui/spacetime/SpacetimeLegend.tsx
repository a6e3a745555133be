import { HELD_DASH, MESSAGE_KINDS, kindStyles } from './kindStyles.ts';
import { kindLegendWord } from './words.ts';
import { useT } from '../i18n/useT.ts';

// What the arrows and marks mean, in one line under the diagram's title.

// Client requests, closes and heartbeats are rare or detector-specific: their details box names them.
const SHOWN = MESSAGE_KINDS.filter((k) => k !== 'connection' && k !== 'heartbeat' && k !== 'client');

export function SpacetimeLegend() {
  const t = useT();
  return (
    <ul className="st-legend" aria-hidden="true">
      {SHOWN.map((kind) => (
        <li key={kind}>
          <svg width="22" height="12">
            <line x1="1" y1="6" x2="21" y2="6" stroke={kindStyles[kind].color} strokeWidth={kindStyles[kind].widthPx + 0.5} strokeDasharray={kindStyles[kind].dash ?? undefined} />
          </svg>
          {kindLegendWord(kind, t)}
        </li>
      ))}
      <li>
        <svg width="22" height="12">
          <line x1="1" y1="6" x2="21" y2="6" stroke="#3d4552" strokeWidth="2" strokeDasharray={HELD_DASH} />
        </svg>
        {t('spacetime.legend.held')}
      </li>
      <li>
        <svg width="16" height="16" viewBox="-8 -8 16 16">
          <path className="st-timer-diamond" d="M0,-7L7,0L0,7L-7,0Z" />
        </svg>
        {t('spacetime.legend.timer')}
      </li>
    </ul>
  );
}
