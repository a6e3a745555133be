import { useEffect, useRef } from 'react';
import type { MessageFlight } from '../../driver/index.ts';
import { useAppStoreApi } from '../../store/hooks.ts';
import { messageCategory, messageColors } from '../theme.ts';
import { along, lane, type Lane, type TopologyLayout } from './layout.ts';

// Messages moving along their links. This runs outside React: it subscribes to the store's flight
// batches and moves a pool of SVG circles on its own animation frames, so a busy cluster costs no
// re-renders. With reduced motion the dots stand still halfway along the link and then vanish.

/** Dots on screen at once; older ones give way. */
const MAX_DOTS = 120;
/** A message stays visible at least this long (real ms): a 2 ms LAN hop would otherwise be invisible. */
const MIN_VISIBLE_MS = 450;
const MAX_VISIBLE_MS = 1600;
/**
 * Dots are redrawn at most this often (real ms). Every redraw repaints the SVG; at 60 redraws a
 * second the dots alone cost ~10 % of a core at 5 servers, over the CPU budget; 30 look as smooth.
 */
const REDRAW_EVERY_MS = 33;

interface Dot {
  lane: Lane;
  color: string;
  elapsedMs: number;
  durationMs: number;
}

interface Props {
  layout: TopologyLayout;
}

export function MessageDots({ layout }: Props) {
  const store = useAppStoreApi();
  const groupRef = useRef<SVGGElement>(null);

  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    const dots: Dot[] = [];
    const pool: SVGCircleElement[] = [];
    const rim = layout.nodeRadius + layout.arcWidth + 2;
    const offset = layout.detail === 'full' ? 4 : layout.detail === 'compact' ? 3 : 1.5;
    const dotRadius = Math.min(7, Math.max(4, layout.nodeRadius * 0.22));
    let frame = 0;
    let lastMs = 0;
    let lastDrawMs = 0;

    const add = (flights: MessageFlight[], speed: number) => {
      for (const f of flights) {
        const a = layout.positions.get(f.from);
        const b = layout.positions.get(f.to);
        const l = a && b ? lane(a, b, rim, offset) : null;
        if (!l) continue;
        const durationMs = Math.min(MAX_VISIBLE_MS, Math.max(MIN_VISIBLE_MS, (f.deliverMs - f.sentMs) / speed));
        dots.push({ lane: l, color: messageColors[messageCategory(f.type)], elapsedMs: 0, durationMs });
      }
      if (dots.length > MAX_DOTS) dots.splice(0, dots.length - MAX_DOTS);
    };

    const draw = (still: boolean) => {
      while (pool.length < dots.length) {
        const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
        c.setAttribute('r', String(dotRadius));
        group.appendChild(c);
        pool.push(c);
      }
      pool.forEach((c, i) => {
        const dot = dots[i];
        if (!dot) {
          c.setAttribute('visibility', 'hidden');
          return;
        }
        const p = along(dot.lane, still ? 0.5 : Math.min(1, dot.elapsedMs / dot.durationMs));
        c.setAttribute('cx', p.x.toFixed(1));
        c.setAttribute('cy', p.y.toFixed(1));
        c.setAttribute('fill', dot.color);
        c.setAttribute('visibility', 'visible');
      });
    };

    const tick = (nowMs: number) => {
      frame = 0;
      const s = store.getState();
      const stepMs = lastMs === 0 ? 0 : Math.min(100, nowMs - lastMs);
      lastMs = nowMs;
      // Pause-all freezes the dots too: they are messages in flight, and time has stopped.
      if (!s.pausedAll) for (const d of dots) d.elapsedMs += stepMs;
      for (let i = dots.length - 1; i >= 0; i--) if (dots[i]!.elapsedMs >= dots[i]!.durationMs) dots.splice(i, 1);
      if (nowMs - lastDrawMs >= REDRAW_EVERY_MS || dots.length === 0) {
        lastDrawMs = nowMs;
        draw(s.reducedMotion);
      }
      if (dots.length > 0) frame = requestAnimationFrame(tick);
      else lastMs = 0;
    };

    const unsubscribe = store.subscribe((s, prev) => {
      if (!s.animateMessages) {
        if (dots.length > 0) {
          dots.length = 0;
          draw(false);
        }
        return;
      }
      // The past has no messages in flight: the live ones are not drawn over a scrubbed frame.
      if (s.flights === prev.flights || s.flights.items.length === 0 || s.scrubbed !== null) return;
      add(s.flights.items, s.speed);
      if (frame === 0) frame = requestAnimationFrame(tick);
    });

    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
      for (const c of pool) c.remove();
    };
  }, [store, layout]);

  return <g ref={groupRef} className="message-dots" aria-hidden="true" />;
}
