import { memo } from 'react';
import type { LaneBand } from './scene.ts';
import { bandStyles } from './kindStyles.ts';
import type { Geometry } from './geometry.ts';
import { bandWord } from './words.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { textUnits } from './textWidth.ts';

// A role band's words ("follower e1", "leader e2 · syncing"), at the left of what is visible of the
// band, over the arrows with a light halo so the pings never hide them; left out where too narrow.

interface Props {
  band: LaneBand;
  g: Geometry;
}

/** Wide screens draw these words larger (spacetime.css): a little more room each. */
const PX_PER_CHAR = typeof matchMedia === 'function' && matchMedia('(min-width: 1600px)').matches ? 10.4 : 8.6;

/** Where a band's words end on screen (x), or null when they are not drawn. */
export function bandWordEndX(band: LaneBand, g: Geometry, t: Translate): number | null {
  const x0 = Math.max(0, g.x(band.startMs));
  const x1 = Math.min(g.plotWidth, g.x(band.endMs ?? g.nowMs));
  const widthPx = textUnits(bandWord(band, t)) * PX_PER_CHAR;
  return x1 - x0 < widthPx + 10 ? null : x0 + 6 + widthPx;
}

export const RoleBandWord = memo(function RoleBandWord({ band, g }: Props) {
  const t = useT();
  const top = g.laneTop(band.lane);
  if (top === null) return null;
  if (bandWordEndX(band, g, t) === null) return null;
  const word = bandWord(band, t);
  return (
    <text className="st-band-word" x={Math.max(0, g.x(band.startMs)) + 6} y={top + Math.min(g.laneHeight - 6, 18)} fill={bandStyles[band.role].text}>
      {word}
    </text>
  );
});
