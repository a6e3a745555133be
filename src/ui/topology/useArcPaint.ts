import { useLayoutEffect, type RefObject } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useAppStoreApi } from '../../store/hooks.ts';
import { ARC_STEPS, arcSteps } from '../../store/index.ts';
import { shown, shownNowMs } from '../../store/shown.ts';
import { staleColor } from '../theme.ts';

// Keeps a timeout arc's share left in step with the moment on screen, outside React: every server's
// arc has another length at every moment, so through React a jump in time re-rendered all 101
// glyphs for it. The store and the frame clock call this synchronously, in the same task as the
// render that answers a scrub or a tick, so the arc and the rest of the glyph show one moment.

/** Paints `circle` (the arc's coloured part) for the server `id` now, and again whenever it changes. */
export function useArcPaint(circle: RefObject<SVGCircleElement | null>, id: ServerId): void {
  const store = useAppStoreApi();
  useLayoutEffect(() => {
    const el = circle.current;
    if (!el) return;
    const now = store.getState().now;
    let paintedSteps: number | undefined;
    const paint = () => {
      const s = store.getState();
      const steps = arcSteps(shown(s).nodeById.get(id), shownNowMs(s, now.getState().nowMs)) ?? 0;
      if (steps === paintedSteps) return;
      paintedSteps = steps;
      const fraction = steps / ARC_STEPS;
      // pathLength 1: the dash is the share left. Through the CSSOM, which the page's
      // Content-Security-Policy allows (a style attribute it would refuse).
      el.setAttribute('stroke-dasharray', `${fraction} 1`);
      el.setAttribute('data-share-left', String(fraction));
      el.style.stroke = staleColor(1 - fraction);
      el.style.display = fraction > 0 ? '' : 'none';
    };
    paint();
    const stopStore = store.subscribe(paint);
    const stopNow = now.subscribe(paint);
    return () => {
      stopStore();
      stopNow();
    };
  }, [circle, store, id]);
}
