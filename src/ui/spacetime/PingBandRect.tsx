import { memo } from 'react';
import type { PingBand } from './pingBands.ts';
import { kindStyles } from './kindStyles.ts';
import type { Geometry } from './geometry.ts';
import { useT } from '../i18n/useT.ts';
import { textUnits } from './textWidth.ts';

// Pings a lane sent, aggregated (at scale): a strip along the bottom of the lane, broken where the
// server fell silent, with its count in the middle of the run (the band's words sit at its left).

interface Props {
  band: PingBand;
  g: Geometry;
  /** The count may not start left of this x (the lane's band words end there). */
  minTextX: number;
}

const PX_PER_CHAR = 7.8;

export const PingBandRect = memo(function PingBandRect({ band, g, minTextX }: Props) {
  const t = useT();
  const top = g.laneTop(band.from);
  if (top === null) return null;
  const x0 = Math.max(-2, g.x(band.startMs));
  const x1 = Math.min(g.plotWidth + 2, g.x(band.endMs));
  if (x1 <= x0) return null;
  const y = top + g.laneHeight - 11;
  const word = t('spacetime.pings', { count: band.count });
  const halfPx = (textUnits(word) * PX_PER_CHAR) / 2;
  const textX = Math.max((x0 + x1) / 2, Math.max(x0, minTextX) + halfPx);
  return (
    <g className="st-ping-band" data-testid="ping-band" data-from={band.from} data-count={band.count} data-start-ms={band.startMs} data-end-ms={band.endMs}>
      <rect x={x0} y={y} width={x1 - x0} height={8} rx={2} fill={kindStyles.ping.color} fillOpacity={0.55} />
      {textX + halfPx <= x1 - 2 && (
        <text className="st-ping-word" x={textX} y={y - 3} textAnchor="middle">
          {word}
        </text>
      )}
    </g>
  );
});
