import { memo } from 'react';
import type { LaneBand } from './scene.ts';
import { bandStyles } from './kindStyles.ts';
import type { Geometry } from './geometry.ts';
import { bandWord } from './words.ts';

// One stretch of a server's lane in one role: coloured by role, labelled by role and epoch where it
// is wide enough to read, hatched while the server is down.

interface Props {
  band: LaneBand;
  g: Geometry;
}

const LABEL_PX_PER_CHAR = 8.6;

export const RoleBandRect = memo(function RoleBandRect({ band, g }: Props) {
  const top = g.laneTop(band.lane);
  if (top === null) return null;
  const x0 = Math.max(-2, g.x(band.startMs));
  const x1 = Math.min(g.plotWidth + 2, g.x(band.endMs ?? g.nowMs));
  if (x1 <= x0) return null;
  const style = bandStyles[band.role];
  const word = bandWord(band);
  const shown = x1 - x0 > word.length * LABEL_PX_PER_CHAR + 10;
  const h = g.laneHeight - 4;
  return (
    <g className="st-band" data-testid="role-band" data-node={band.lane} data-role={band.role} data-epoch={band.epoch ?? ''} data-start-ms={band.startMs} data-end-ms={band.endMs ?? ''}>
      <rect x={x0} y={top + 2} width={x1 - x0} height={h} fill={style.fill} fillOpacity={style.opacity} />
      {band.role === 'down' && <rect x={x0} y={top + 2} width={x1 - x0} height={h} fill="url(#st-hatch)" />}
      {!band.established && (band.role === 'leading' || band.role === 'following') && <rect className="st-band-syncing" x={x0} y={top + 2} width={x1 - x0} height={h} />}
      {shown && (
        <text className="st-band-word" x={x0 + 6} y={top + 2 + Math.min(h - 4, 17)} fill={style.text}>
          {word}
        </text>
      )}
    </g>
  );
});
