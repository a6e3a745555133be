import { memo } from 'react';
import type { TimerMark } from '../../store/index.ts';
import type { Geometry } from './geometry.ts';
import { silenceWord, timerWord } from './words.ts';

// A timer that fired and decided something, on the lane of the server whose timer it was: a
// diamond at the moment, a bracket back over the silence it measured, and the rule that ran out
// ("syncLimit × tickTime passed"). Pointing at it lights up both servers and the log entry.

interface Props {
  mark: TimerMark;
  g: Geometry;
  onPoint: (mark: TimerMark | null) => void;
}

export const TimerMarkGlyph = memo(function TimerMarkGlyph({ mark, g, onPoint }: Props) {
  const top = g.laneTop(mark.node);
  if (top === null) return null;
  const x = g.x(mark.t);
  const mid = top + g.laneHeight / 2;
  const silence = silenceWord(mark);
  const fromX = mark.silentMs === null ? null : g.x(mark.t - mark.silentMs);
  const bracketY = top + g.laneHeight - 5;
  const rule = timerWord(mark);
  // The words go left of the diamond when it sits near the right edge (the present).
  const leftward = x > g.plotWidth - rule.length * 8.2 - 16;
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
      <title>{`${rule}${silence ? ` (${silence})` : ''}`}</title>
      {fromX !== null && (
        <g className="st-silence">
          <line x1={fromX} x2={x} y1={bracketY} y2={bracketY} />
          <line x1={fromX} x2={fromX} y1={bracketY - 5} y2={bracketY + 3} />
          {silence && x - fromX > silence.length * 7.5 + 8 && (
            <text className="st-silence-word" x={(fromX + x) / 2} y={bracketY - 4}>
              {silence}
            </text>
          )}
        </g>
      )}
      <path className="st-timer-diamond" d={`M${x},${mid - 8}L${x + 8},${mid}L${x},${mid + 8}L${x - 8},${mid}Z`} />
      <text className={`st-timer-word${leftward ? ' is-left' : ''}`} x={leftward ? x - 12 : x + 12} y={mid + 5}>
        {rule}
      </text>
    </g>
  );
});
