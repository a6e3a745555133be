import { memo } from 'react';
import type { TimerMark } from '../../store/index.ts';
import type { Geometry } from './geometry.ts';
import { timerWordings } from './words.ts';
import { useT } from '../i18n/useT.ts';
import { textUnits } from './textWidth.ts';

// A timer that fired and decided something, on the lane of the server whose timer it was: a
// diamond at the moment, a bracket back along the lane over the silence it measured, and the rule
// that ran out ("silent 10.0 s: syncLimit × tickTime passed", or shorter where there is less room).
// When several servers time out on the same peer together, only the first says it in words
// (`worded`); each keeps the full words as its title. Pointing at it lights up both servers and the
// moment in the log.

interface Props {
  mark: TimerMark;
  g: Geometry;
  worded: boolean;
  /** Words may not start left of this x (the lane's band words end there). */
  minTextX: number;
  onPoint: (mark: TimerMark | null) => void;
}

/** Wide screens draw these words larger (spacetime.css). */
const PX_PER_CHAR = typeof matchMedia === 'function' && matchMedia('(min-width: 1600px)').matches ? 10.6 : 8.8;

interface Placement {
  words: string;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Over the silence if it fits, else ending at the diamond, else after it, shortest words last. */
function place(wordings: string[], fromX: number | null, x: number, minX: number): Placement {
  for (const words of wordings) {
    const widthPx = textUnits(words) * PX_PER_CHAR;
    if (fromX !== null && x - fromX > widthPx + 16 && (fromX + x) / 2 - widthPx / 2 >= minX) return { words, x: (fromX + x) / 2, anchor: 'middle' };
    if (x - 12 - widthPx >= minX) return { words, x: x - 12, anchor: 'end' };
  }
  return { words: wordings[wordings.length - 1]!, x: x + 12, anchor: 'start' };
}

export const TimerMarkGlyph = memo(function TimerMarkGlyph({ mark, g, worded, minTextX, onPoint }: Props) {
  const t = useT();
  const top = g.laneTop(mark.node);
  if (top === null) return null;
  const x = g.x(mark.t);
  const mid = top + g.laneHeight / 2;
  const fromX = mark.silentMs === null ? null : g.x(mark.t - mark.silentMs);
  const wordings = timerWordings(mark, t);
  const placed = place(wordings, fromX, x, minTextX);
  return (
    <g
      className="st-timer"
      data-testid="timer-mark"
      data-reason={mark.reason}
      data-node={mark.node}
      data-peer={mark.peer ?? ''}
      data-t-ms={mark.t}
      data-silent-ms={mark.silentMs ?? ''}
      data-limit-ms={mark.limitMs ?? ''}
      onMouseEnter={() => onPoint(mark)}
      onMouseLeave={() => onPoint(null)}
    >
      <title>{wordings[0]}</title>
      {fromX !== null && (
        <g className="st-silence">
          <line x1={fromX} x2={x} y1={mid} y2={mid} />
          <line x1={fromX} x2={fromX} y1={mid - 6} y2={mid + 6} />
        </g>
      )}
      <path className="st-timer-diamond" d={`M${x},${mid - 8}L${x + 8},${mid}L${x},${mid + 8}L${x - 8},${mid}Z`} />
      {worded && (
        <text className="st-timer-word" x={placed.x} y={mid - 5} textAnchor={placed.anchor}>
          {placed.words}
        </text>
      )}
    </g>
  );
});
