import { memo } from 'react';
import type { TimerMark } from '../../store/index.ts';
import type { Geometry } from './geometry.ts';
import { silenceWord, timerWord } from './words.ts';

// A timer that fired and decided something, on the lane of the server whose timer it was: a
// diamond at the moment, a bracket back along the lane over the silence it measured, and the rule
// that ran out ("silent 10.0 s: syncLimit × tickTime passed"). When several servers time out on the
// same peer together, only the first says it in words (`worded`); each keeps its words as a title.
// Pointing at it lights up both servers and its log entry.

interface Props {
  mark: TimerMark;
  g: Geometry;
  worded: boolean;
  onPoint: (mark: TimerMark | null) => void;
}

const PX_PER_CHAR = 8.2;

export const TimerMarkGlyph = memo(function TimerMarkGlyph({ mark, g, worded, onPoint }: Props) {
  const top = g.laneTop(mark.node);
  if (top === null) return null;
  const x = g.x(mark.t);
  const mid = top + g.laneHeight / 2;
  const silence = silenceWord(mark);
  const fromX = mark.silentMs === null ? null : g.x(mark.t - mark.silentMs);
  const words = silence ? `${silence}: ${timerWord(mark)}` : timerWord(mark);
  const widthPx = words.length * PX_PER_CHAR;
  // Over the silence when it is wide enough, else ending at the diamond, or after it near the left edge.
  const over = fromX !== null && x - fromX > widthPx + 16;
  const textX = over ? (fromX + x) / 2 : x - 12 >= widthPx ? x - 12 : x + 12;
  const anchor = over ? 'middle' : x - 12 >= widthPx ? 'end' : 'start';
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
      <title>{words}</title>
      {fromX !== null && (
        <g className="st-silence">
          <line x1={fromX} x2={x} y1={mid} y2={mid} />
          <line x1={fromX} x2={fromX} y1={mid - 6} y2={mid + 6} />
        </g>
      )}
      <path className="st-timer-diamond" d={`M${x},${mid - 8}L${x + 8},${mid}L${x},${mid + 8}L${x - 8},${mid}Z`} />
      {worded && (
        <text className="st-timer-word" x={textX} y={mid - 5} textAnchor={anchor}>
          {words}
        </text>
      )}
    </g>
  );
});
