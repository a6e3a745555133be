import { useEffect, useRef } from 'react';
import type { MessageFlight } from '../../driver/index.ts';
import { useAppStoreApi } from '../../store/hooks.ts';
import { messageCategory, messageColors } from '../theme.ts';
import { along, lane, type TopologyLayout } from './layout.ts';

// Messages moving along their links, as the browser's own animations: each dot is an element
// whose transform the compositor moves from one end of its lane to the other, so a moving dot
// costs the page no script, style, layout or paint at all between its start and its end (SVG
// shapes cannot be animated off the main thread, hence HTML over the SVG). This runs outside
// React: it subscribes to the store's flight batches. With reduced motion a dot stands still
// halfway along its link and then vanishes.

/** Dots on screen at once; older ones give way. */
const MAX_DOTS = 120;
/** A message stays visible at least this long (real ms): a 2 ms LAN hop would otherwise be invisible. */
const MIN_VISIBLE_MS = 450;
const MAX_VISIBLE_MS = 1600;
/** A dot moves in steps this far apart (real ms) rather than at every frame. */
const STEP_MS = 33;

interface Props {
  layout: TopologyLayout;
  /** The box the layout is drawn in (the SVG's viewBox), which the dots' box is scaled like. */
  viewWidth: number;
  viewHeight: number;
}

export function MessageDots({ layout, viewWidth, viewHeight }: Props) {
  const store = useAppStoreApi();
  const stageRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  // The SVG shows its viewBox centred and scaled to fit (xMidYMid meet): the dots' box follows.
  useEffect(() => {
    const stage = stageRef.current;
    const box = boxRef.current;
    if (!stage || !box) return;
    const fit = () => {
      const scale = Math.min(stage.clientWidth / viewWidth, stage.clientHeight / viewHeight);
      const x = (stage.clientWidth - viewWidth * scale) / 2;
      const y = (stage.clientHeight - viewHeight * scale) / 2;
      box.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(stage);
    return () => observer.disconnect();
  }, [viewWidth, viewHeight]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const rim = layout.nodeRadius + layout.arcWidth + 2;
    const offset = layout.detail === 'full' ? 4 : layout.detail === 'compact' ? 3 : 1.5;
    const dotRadius = Math.min(7, Math.max(4, layout.nodeRadius * 0.22));
    const live: Animation[] = [];

    const drop = (animation: Animation) => {
      const i = live.indexOf(animation);
      if (i >= 0) live.splice(i, 1);
      (animation.effect as KeyframeEffect | null)?.target?.remove();
    };

    const add = (flights: MessageFlight[], speed: number, still: boolean, paused: boolean) => {
      for (const f of flights) {
        const a = layout.positions.get(f.from);
        const b = layout.positions.get(f.to);
        const l = a && b ? lane(a, b, rim, offset) : null;
        if (!l) continue;
        const durationMs = Math.min(
          MAX_VISIBLE_MS,
          Math.max(MIN_VISIBLE_MS, (f.deliverMs - f.sentMs) / speed),
        );
        const dot = document.createElement('span');
        dot.className = 'message-dot';
        // Who sent it to whom, for tests and tools (set once: a dot never changes its link).
        dot.dataset.from = String(f.from);
        dot.dataset.to = String(f.to);
        dot.style.cssText = `width:${2 * dotRadius}px;height:${2 * dotRadius}px;margin:${-dotRadius}px 0 0 ${-dotRadius}px;background:${messageColors[messageCategory(f.type)]}`;
        box.appendChild(dot);
        const from = still ? along(l, 0.5) : l.start;
        const to = still ? from : l.end;
        const animation = dot.animate(
          [
            { transform: `translate(${from.x}px, ${from.y}px)` },
            { transform: `translate(${to.x}px, ${to.y}px)` },
          ],
          {
            duration: durationMs,
            easing: `steps(${Math.max(2, Math.round(durationMs / STEP_MS))}, jump-none)`,
            fill: 'forwards',
          },
        );
        if (paused) animation.pause();
        animation.onfinish = () => drop(animation);
        live.push(animation);
      }
      while (live.length > MAX_DOTS) {
        const oldest = live[0]!;
        oldest.cancel();
        drop(oldest);
      }
    };

    const clear = () => {
      for (const animation of live.splice(0)) {
        animation.cancel();
        (animation.effect as KeyframeEffect | null)?.target?.remove();
      }
    };

    // The past has no messages in flight: the live ones, frozen by pause-all or still on their
    // way, are not drawn over a scrubbed frame, and show again, where they are, back at the present.
    const showPresent = (scrubbed: boolean) => {
      box.style.visibility = scrubbed ? 'hidden' : '';
      box.dataset.past = String(scrubbed);
    };
    showPresent(store.getState().scrubbed !== null);

    const unsubscribe = store.subscribe((s, prev) => {
      if ((s.scrubbed === null) !== (prev.scrubbed === null)) showPresent(s.scrubbed !== null);
      // Pause-all freezes the dots too: they are messages in flight, and time has stopped.
      if (s.pausedAll !== prev.pausedAll) {
        for (const animation of live) {
          if (s.pausedAll) animation.pause();
          else animation.play();
        }
      }
      if (!s.animateMessages) {
        clear();
        return;
      }
      // Nor are new ones added while the past is shown.
      if (s.flights === prev.flights || s.flights.items.length === 0 || s.scrubbed !== null) return;
      add(s.flights.items, s.speed, s.reducedMotion, s.pausedAll);
    });

    return () => {
      unsubscribe();
      clear();
    };
  }, [store, layout]);

  return (
    <div ref={stageRef} className="topology-dots" aria-hidden="true">
      <div ref={boxRef} className="message-dots" style={{ width: viewWidth, height: viewHeight }} />
    </div>
  );
}
