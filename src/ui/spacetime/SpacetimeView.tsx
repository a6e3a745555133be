import { pointer, select } from 'd3-selection';
import { zoom, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import type { FaultMark, TimerMark } from '../../store/index.ts';
import { FaultMarkGlyph } from './FaultMarkGlyph.tsx';
import { LABEL_WIDTH_PX, makeGeometry, maxLanesFor, type Geometry } from './geometry.ts';
import { LaneLabel } from './LaneLabel.tsx';
import { MessageArrow } from './MessageArrow.tsx';
import { PingBandRect } from './PingBandRect.tsx';
import { probeEnd, probeStart, timedScene } from './redrawProbe.ts';
import { RoleBandRect } from './RoleBandRect.tsx';
import { RoleBandWord, bandWordEndX } from './RoleBandWord.tsx';
import { buildScene, heldCounts, wordedTimers, type Scene } from './scene.ts';
import { SpacetimeDefs } from './SpacetimeDefs.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { TimeCursor } from './TimeCursor.tsx';
import { TimerMarkGlyph } from './TimerMarkGlyph.tsx';
import { useSpacetimeTick } from './useSpacetimeTick.ts';
import { useArrowFrame, useStableArrows } from './arrowFrame.ts';
import { DEFAULT_SPAN_MS, pinnedTo, sameWindowAt, scaleExtentFor, transformEndingAt, windowOf } from './viewport.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';

// The space-time diagram itself: one lane per server (or per server involved, at scale), time left
// to right, role bands, message arrows, aggregated pings, timer and fault marks. d3-zoom turns the
// wheel into zoom and a drag into a pan; until the user pans, the right edge follows the present.
// The wheel near the right edge zooms around the present and keeps following it; elsewhere it
// zooms around the pointer, which then stays put: following stops, as for a pan.

interface Props {
  width: number;
  height: number;
  follow: boolean;
  onFollowChange: (follow: boolean) => void;
  onScene: (scene: Scene) => void;
}

/** The share of the plot's width left of which a wheel zoom stops following the present. */
const FOLLOWING_WHEEL_FROM = 0.75;

/** Real ms between redraws when something new is to be seen; at 101 servers a redraw costs a few ms. */
const urgentRedrawMs = (servers: number) => (servers > 25 ? 250 : 150);
/** While only the present moves on: redraw when it has moved this far across the pane, at most every second. */
const STEADY_SHIFT_PX = 40;
const STEADY_REDRAW_MAX_MS = 1000;

/** The redraw interval for a window of `msPerPx` at `speed`: see useSpacetimeTick. */
export function redrawIntervalMs(urgent: boolean, servers: number, msPerPx: number, speed: number): number {
  const urgentMs = urgentRedrawMs(servers);
  if (urgent || speed <= 0) return urgentMs;
  return Math.min(STEADY_REDRAW_MAX_MS, Math.max(urgentMs, (STEADY_SHIFT_PX * msPerPx) / speed));
}

/** Where the words of the lane's role bands between two times end, so other words there start after them. */
function wordsEndIn(scene: Scene, g: Geometry, t: Translate, lane: number, fromMs: number, toMs: number): number {
  let end = 0;
  for (const b of scene.bands) {
    if (b.lane !== lane || b.startMs > toMs || (b.endMs !== null && b.endMs < fromMs)) continue;
    const x = bandWordEndX(b, g, t);
    if (x !== null) end = Math.max(end, x + 8);
  }
  return end;
}

/** The same for a timer mark, in the band it fired in. */
function wordsEndBefore(scene: Scene, g: Geometry, t: Translate, mark: TimerMark): number {
  return wordsEndIn(scene, g, t, mark.node, mark.t - 1, mark.t - 1);
}

export function SpacetimeView({ width, height, follow, onFollowChange, onScene }: Props) {
  const t = useT();
  const store = useAppStoreApi();
  const servers = useAppStore((s) => s.nodeIds.length);
  const speed = useAppStore((s) => s.effectiveSpeed);
  const msPerPxRef = useRef(DEFAULT_SPAN_MS / Math.max(100, width - LABEL_WIDTH_PX));
  const tick = useSpacetimeTick((urgent) => redrawIntervalMs(urgent, servers, msPerPxRef.current, speed));
  const leaderId = useAppStore((s) => s.leader?.id ?? null);
  const selectedId = useAppStore((s) => s.selectedId);
  const highlightIds = useAppStore((s) => s.highlightIds);
  const hovered = useAppStore((s) => s.hoveredMessage);
  const opened = useAppStore((s) => s.openedMessage);
  const plotWidth = Math.max(100, width - LABEL_WIDTH_PX);
  const plotRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  /** Set while the diagram moves d3-zoom's transform itself, so that move is not taken for a pan. */
  const settingRef = useRef(false);
  /** The zoom the user chose, at the width it was chosen for. */
  const [userView, setUserView] = useState<{ transform: ZoomTransform; width: number }>(() => ({ transform: transformEndingAt(0, DEFAULT_SPAN_MS, plotWidth), width: plotWidth }));

  const probe = probeStart();
  // The live present, from the frame clock every age on screen is drawn with (the diagram shows the
  // whole recorded run, so it stays on the live clock while the rest of the page shows the past).
  const nowMs = useMemo(() => store.getState().now.getState().nowMs, [store, tick]); // eslint-disable-line react-hooks/exhaustive-deps
  const chosen = userView.width === plotWidth ? userView.transform : sameWindowAt(userView.transform, userView.width, plotWidth);
  const transform = follow ? pinnedTo(chosen, nowMs, plotWidth) : chosen;
  const view = windowOf(transform, plotWidth);
  useLayoutEffect(() => {
    msPerPxRef.current = view.msPerPx;
  });

  const scene = useMemo(() => {
    const s = store.getState();
    const settings = s.spec.settings;
    const minPingBucketMs = settings.detector === 'all-to-all' ? 2 * settings.heartbeatMs : settings.tickTimeMs;
    return timedScene(() =>
      buildScene({
      log: s.messageLog,
      ids: s.nodeIds,
      leaderId,
      selectedId,
      highlightIds,
      bandsOf: (id) => s.spacetime.bands(id),
      marks: s.spacetime.marks,
      startMs: view.startMs,
      endMs: view.endMs,
      msPerPx: view.msPerPx,
      minPingBucketMs,
      maxLanes: maxLanesFor(height),
    }),
    );
    // The window is recomputed from its parts; tick stands for the log and history, read above.
  }, [store, tick, leaderId, selectedId, highlightIds, height, view.startMs, view.endMs, view.msPerPx]); // eslint-disable-line react-hooks/exhaustive-deps
  const g = makeGeometry(scene.lanes, transform, plotWidth, height, nowMs);
  const frame = useArrowFrame(scene.lanes, transform, plotWidth, height);
  const arrows = useStableArrows(scene.arrows);
  const worded = useMemo(() => wordedTimers(scene.timers), [scene.timers]);
  const held = useMemo(() => heldCounts(arrows), [arrows]);

  useEffect(() => onScene(scene), [scene, onScene]);
  useLayoutEffect(() => probeEnd(probe, scene.arrows.length + scene.bands.length + (scene.pingBands?.length ?? 0) + scene.timers.length + scene.faults.length));

  // d3-zoom on the plot: the wheel zooms, a drag pans (and stops following the present).
  useEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const behavior = zoom<SVGGElement, unknown>()
      .scaleExtent(scaleExtentFor(plotWidth))
      .filter((event: { button?: number; type: string }) => (event.button ?? 0) === 0 && event.type !== 'dblclick')
      .on('zoom', (event: D3ZoomEvent<SVGGElement, unknown>) => {
        if (settingRef.current) return;
        const source = event.sourceEvent as MouseEvent | null;
        if (source && (source.type !== 'wheel' || pointer(source, plot)[0] < plotWidth * FOLLOWING_WHEEL_FROM)) onFollowChange(false);
        setUserView({ transform: event.transform, width: plotWidth });
      });
    zoomRef.current = behavior;
    select(plot).call(behavior).on('dblclick.zoom', null);
    return () => {
      select(plot).on('.zoom', null);
      zoomRef.current = null;
    };
  }, [plotWidth, onFollowChange]);

  // Keep d3-zoom's idea of the transform equal to what is drawn, so a gesture starts from it.
  useEffect(() => {
    const plot = plotRef.current;
    const behavior = zoomRef.current;
    if (!plot || !behavior) return;
    settingRef.current = true;
    behavior.transform(select(plot), transform);
    settingRef.current = false;
  });

  const pointMark = useCallback(
    (mark: TimerMark | FaultMark | null) => {
      const s = store.getState();
      if (!mark) {
        s.highlight([]);
        s.highlightTime(null);
        return;
      }
      const ids = mark.kind === 'timer' ? (mark.peer === null ? [mark.node] : [mark.node, mark.peer]) : mark.node === null ? mark.peers : [mark.node, ...mark.peers];
      s.highlight(ids);
      s.highlightTime(mark.t);
    },
    [store],
  );

  const seqOf = (e: MouseEvent): number | null => {
    const seq = (e.target as Element).getAttribute?.('data-seq');
    return seq === null || seq === undefined ? null : Number(seq);
  };
  const onArrowOver = (e: MouseEvent) => store.getState().hoverMessage(seqOf(e));
  const onArrowOut = () => store.getState().hoverMessage(null);
  const onArrowClick = (e: MouseEvent) => {
    const seq = seqOf(e);
    if (seq !== null) store.getState().openMessage(seq);
  };

  return (
    <svg className="spacetime-svg" width={width} height={g.height} role="img" aria-label={t('spacetime.svgLabel')}>
      <SpacetimeDefs plotWidth={plotWidth} height={g.height} />
      <g ref={plotRef} transform={`translate(${LABEL_WIDTH_PX},0)`} className="st-plot">
        <rect className="st-hit" x={0} y={0} width={plotWidth} height={g.height} />
        <g clipPath="url(#st-clip)">
          {scene.bands.map((b) => (
            <RoleBandRect key={`${b.lane}:${b.startMs}`} band={b} g={g} />
          ))}
          <TimeAxis g={g} startMs={view.startMs} endMs={view.endMs} />
          {scene.pingBands?.map((b) => (
            <PingBandRect key={`${b.from}:${b.startMs}`} band={b} g={g} minTextX={wordsEndIn(scene, g, t, b.from, b.startMs, b.endMs)} />
          ))}
          <g className="st-msgs" transform={`translate(${frame.shiftPx},0)`} onMouseOver={onArrowOver} onMouseOut={onArrowOut} onClick={onArrowClick}>
            {arrows.map((a) => (
              <MessageArrow key={a.seq} arrow={a} g={frame.g} hovered={a.seq === hovered} opened={a.seq === opened} heldCount={held.get(a.seq) ?? null} />
            ))}
          </g>
          {scene.bands.map((b) => (
            <RoleBandWord key={`${b.lane}:${b.startMs}`} band={b} g={g} />
          ))}
          {scene.faults.map((m) => (
            <FaultMarkGlyph key={m.entryId} mark={m} g={g} onPoint={pointMark} />
          ))}
          {scene.timers.map((m) => (
            <TimerMarkGlyph key={m.entryId} mark={m} g={g} worded={worded.has(m.entryId)} minTextX={wordsEndBefore(scene, g, t, m)} onPoint={pointMark} />
          ))}
          <TimeCursor g={g} />
        </g>
      </g>
      <g className="st-lanes">
        {scene.lanes.map((id) => (
          <LaneLabel key={id} id={id} g={g} />
        ))}
      </g>
    </svg>
  );
}

