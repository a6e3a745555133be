import { memo } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { along, lane, type Point } from './layout.ts';
import { useT } from '../i18n/useT.ts';
import { linkLit, useHighlight } from '../highlight.ts';

// One direction of a link, drawn in its own lane (to the right of travel). A cut direction is red,
// dashed and broken in the middle with a cross, so a one-way cut shows as half a link.

interface Props {
  fromId: ServerId;
  toId: ServerId;
  from: Point;
  to: Point;
  rim: number;
  offset: number;
  cut: boolean;
  /** Its own loss or delay setting is in force (drawn amber and dashed). */
  slow: boolean;
  /** A live Zab connection (a follower and its leader): drawn stronger. */
  active: boolean;
}

export const LinkLine = memo(function LinkLine({ fromId, toId, from, to, rim, offset, cut, slow, active }: Props) {
  const t = useT();
  const lit = useHighlight((h) => linkLit(h, fromId, toId));
  const l = lane(from, to, rim, offset);
  if (!l) return null;
  const testProps = { 'data-testid': `link-${fromId}-${toId}`, 'data-cut': String(cut), ...(lit ? { 'data-highlighted': 'true' } : {}) };
  const litClass = lit ? ' is-highlighted' : '';
  if (!cut) {
    return (
      <g {...testProps} data-slow={String(slow)} className={`link${active ? ' link-active' : ''}${slow ? ' link-slow' : ''}${litClass}`}>
        {slow && <title>{t('link.slow', { from: fromId, to: toId })}</title>}
        <line x1={l.start.x} y1={l.start.y} x2={l.end.x} y2={l.end.y} />
      </g>
    );
  }
  const a = along(l, 0.42);
  const b = along(l, 0.58);
  const m = along(l, 0.5);
  const k = Math.min(7, Math.max(4, l.length * 0.03));
  return (
    <g {...testProps} className={`link link-cut${litClass}`}>
      <title>{t('link.cut', { from: fromId, to: toId })}</title>
      <line x1={l.start.x} y1={l.start.y} x2={a.x} y2={a.y} />
      <line x1={b.x} y1={b.y} x2={l.end.x} y2={l.end.y} />
      <path className="cut-mark" d={`M${m.x - k},${m.y - k}L${m.x + k},${m.y + k}M${m.x + k},${m.y - k}L${m.x - k},${m.y + k}`} />
    </g>
  );
});
