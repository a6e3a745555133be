import { memo } from 'react';
import type { LaneBand } from './scene.ts';
import { bandStyles } from './kindStyles.ts';
import type { Geometry } from './geometry.ts';

// One stretch of a server's lane in one role: coloured by role, hatched while the server is down,
// outlined with dashes while it syncs. Its words are drawn above the arrows (RoleBandWord.tsx).

interface Props {
  band: LaneBand;
  g: Geometry;
}

export const RoleBandRect = memo(function RoleBandRect({ band, g }: Props) {
  const top = g.laneTop(band.lane);
  if (top === null) return null;
  const x0 = Math.max(-2, g.x(band.startMs));
  const x1 = Math.min(g.plotWidth + 2, g.x(band.endMs ?? g.nowMs));
  if (x1 <= x0) return null;
  const style = bandStyles[band.role];
  const h = g.laneHeight - 4;
  return (
    <g className="st-band" data-testid="role-band" data-node={band.lane} data-role={band.role} data-epoch={band.epoch ?? ''} data-start-ms={band.startMs} data-end-ms={band.endMs ?? ''}>
      <rect x={x0} y={top + 2} width={x1 - x0} height={h} fill={style.fill} fillOpacity={style.opacity} />
      {band.role === 'down' && <rect x={x0} y={top + 2} width={x1 - x0} height={h} fill="url(#st-hatch)" />}
      {!band.established && (band.role === 'leading' || band.role === 'following') && <rect className="st-band-syncing" x={x0} y={top + 2} width={x1 - x0} height={h} />}
    </g>
  );
});
