import { memo } from 'react';
import type { FaultMark } from '../../store/index.ts';
import { AXIS_HEIGHT_PX, type Geometry } from './geometry.ts';
import { faultWord } from './words.ts';
import { useT } from '../i18n/useT.ts';
import { textUnits } from './textWidth.ts';

// What someone did: a crash, kill, pause, cut … across its server's lane, or a partition or heal
// across every lane, with its word.

interface Props {
  mark: FaultMark;
  g: Geometry;
  onPoint: (mark: FaultMark | null) => void;
}

export const FaultMarkGlyph = memo(function FaultMarkGlyph({ mark, g, onPoint }: Props) {
  const t = useT();
  const x = g.x(mark.t);
  const top = mark.node === null ? AXIS_HEIGHT_PX : g.laneTop(mark.node);
  if (top === null) return null;
  const bottom = mark.node === null ? g.height : top + g.laneHeight;
  const word = faultWord(mark.action, mark.peers, t);
  const widthPx = textUnits(word) * 8.5;
  const healing = mark.action === 'heal' || mark.action === 'resume' || mark.action === 'restart' || mark.action === 'restore-link';
  // A server's fault is worded left of its line: right of it the lane's new band (down, paused)
  // has its own word. A network-wide one reads right of it, unless the present is too close.
  const leftward = mark.node !== null ? x > widthPx + 8 : x > g.plotWidth - widthPx - 12;
  return (
    <g
      className={`st-fault${healing ? ' is-healing' : ''}${mark.node === null ? ' is-network' : ''}`}
      data-testid="fault-mark"
      data-action={mark.action}
      data-node={mark.node ?? ''}
      data-t-ms={mark.t}
      onMouseEnter={() => onPoint(mark)}
      onMouseLeave={() => onPoint(null)}
    >
      <line x1={x} x2={x} y1={top + 1} y2={bottom - 1} />
      <text className={leftward ? 'is-left' : undefined} x={leftward ? x - 5 : x + 5} y={top + 15}>
        {word}
      </text>
    </g>
  );
});
