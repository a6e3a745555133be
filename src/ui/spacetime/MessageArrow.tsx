import { memo } from 'react';
import type { Arrow } from './scene.ts';
import { HELD_DASH, kindStyles } from './kindStyles.ts';
import type { Geometry } from './geometry.ts';
import { useT } from '../i18n/useT.ts';
import { useHighlight } from '../highlight.ts';

// One message: an arrow from its sender's lane at the send time to its receiver's lane at the
// delivery time, styled by kind. A packet TCP held for a cut or partition is dashed, and the oldest
// of the packets a heal let go together says how many were held (`heldCount`).
// Hover and click are handled by the enclosing group (one listener for all arrows).

interface Props {
  arrow: Arrow;
  g: Geometry;
  hovered: boolean;
  opened: boolean;
  /** How many a batch of held packets held ("3 held"), on its first; null on the others and on the rest. */
  heldCount: number | null;
}

export const MessageArrow = memo(function MessageArrow({ arrow, g, hovered, opened, heldCount }: Props) {
  const t = useT();
  const lit = useHighlight((h) => h.messages.includes(arrow.type));
  const fromTop = g.laneTop(arrow.from);
  const toTop = g.laneTop(arrow.to);
  if (fromTop === null || toTop === null) return null;
  const half = g.laneHeight / 2;
  const x1 = g.x(arrow.sentMs);
  const x2 = g.x(arrow.deliveredMs);
  const y1 = fromTop + half;
  // Stop short of the lane's middle, so the head sits on it rather than past it.
  const y2 = toTop + half + (toTop > fromTop ? -2 : 2);
  const style = kindStyles[arrow.kind];
  const className = `st-msg${hovered ? ' is-hovered' : ''}${opened ? ' is-opened' : ''}${lit ? ' is-highlighted' : ''}`;
  const line = (
    <line
      className={className}
      data-testid="msg"
      data-seq={arrow.seq}
      data-kind={arrow.kind}
      data-type={arrow.type}
      data-from={arrow.from}
      data-to={arrow.to}
      data-sent-ms={arrow.sentMs}
      data-delivered-ms={arrow.deliveredMs}
      data-held={arrow.held ? 'true' : 'false'}
      data-highlighted={lit ? 'true' : undefined}
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={style.color}
      strokeWidth={hovered || opened || lit ? style.widthPx + 2 : style.widthPx}
      strokeDasharray={arrow.held ? HELD_DASH : (style.dash ?? undefined)}
      markerEnd={`url(#st-head-${arrow.kind})`}
    />
  );
  if (heldCount === null) return line;
  return (
    <>
      {line}
      <text className="st-held-word" x={x1 + 6} y={y1 + (y2 > y1 ? 16 : -8)}>
        {t('spacetime.held', { count: heldCount })}
      </text>
    </>
  );
});
