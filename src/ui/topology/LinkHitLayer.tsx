import { memo, useMemo, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import type { TopologyLayout } from './layout.ts';
import { followKey } from './LinkLayer.tsx';
import { FULL_MESH_MAX, cutTest, pairsToDraw } from './links.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// Wide invisible strokes over the links, so a link is easy to click (or, in a small cluster, to
// reach with Tab) and open its menu. Kept apart from the drawn links, which are aria-hidden.

interface Props {
  layout: TopologyLayout;
}

export const LinkHitLayer = memo(function LinkHitLayer({ layout }: Props) {
  const ids = useAppStore((s) => shown(s).nodeIds);
  const links = useAppStore((s) => shown(s).links);
  // In a large cluster the drawn links follow who follows whom: recompute when that changes.
  const follows = useAppStore((s) => (shown(s).nodeIds.length > FULL_MESH_MAX ? followKey(s) : ''));
  const store = useAppStoreApi();
  const t = useT();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `follows` is the trigger; the map is read fresh
  const pairs = useMemo(() => pairsToDraw(ids, shown(store.getState()).nodeById, links, null), [ids, links, follows, store]);
  const cut = useMemo(() => cutTest(links), [links]);
  const focusable = ids.length <= FULL_MESH_MAX;
  const rim = layout.nodeRadius + layout.arcWidth + 4;
  return (
    <g className="link-hits">
      {pairs.map(([a, b], slot) => {
        const pa = layout.positions.get(a);
        const pb = layout.positions.get(b);
        if (!pa || !pb) return null;
        const d = Math.hypot(pb.x - pa.x, pb.y - pa.y);
        if (d <= 2 * rim) return null;
        const ux = (pb.x - pa.x) / d;
        const uy = (pb.y - pa.y) / d;
        const state = cut(a, b) && cut(b, a) ? t('link.stateBoth') : cut(a, b) ? t('link.stateOneWay', { from: a, to: b }) : cut(b, a) ? t('link.stateOneWay', { from: b, to: a }) : t('link.stateUp');
        const open = () => store.getState().openLinkMenu({ from: a, to: b });
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open();
          }
        };
        return (
          <line
            // By slot, as in LinkLayer: a new leader's pairs reuse the lines already there.
            key={slot}
            className="link-hit"
            data-link-hit={`${a}-${b}`}
            x1={pa.x + ux * rim}
            y1={pa.y + uy * rim}
            x2={pb.x - ux * rim}
            y2={pb.y - uy * rim}
            role="button"
            tabIndex={focusable ? 0 : -1}
            aria-label={t('link.hitLabel', { a, b, state })}
            onClick={(e) => {
              e.stopPropagation();
              open();
            }}
            onKeyDown={onKeyDown}
          >
            <title>{t('link.hitTitle', { a, b, state })}</title>
          </line>
        );
      })}
    </g>
  );
});
