import { useCallback } from 'react';
import { frameIndexAt } from '../../store/index.ts';
import { useAppStore, useAppStoreApi, useLiveNowMs } from '../../store/hooks.ts';
import { formatClock } from '../format.ts';
import { PauseOnMenu } from './PauseOnMenu.tsx';
import { StepControl } from './StepControl.tsx';
import { TimeReadout } from './TimeReadout.tsx';
import { TimelineMarks } from './TimelineMarks.tsx';
import { useT } from '../i18n/useT.ts';

// The time bar under the toolbar: step and "pause on" (the toolbar has no room for them at
// 1280 px), then the scrubber: every recorded frame from the first to now. Dragging back shows that moment on the
// whole page (through shown()); the position snaps to the frame at or before it, which
// data-at-ms names. With the simulator the run pauses there; with the live workers it is view-only.

export function TimelineBar() {
  const store = useAppStoreApi();
  const frames = useAppStore((s) => s.history.frames);
  const marks = useAppStore((s) => s.history.marks);
  const liveMs = useLiveNowMs();
  const viewAtMs = useAppStore((s) => s.viewAtMs);
  // Only a driver that can fork makes the past its own: otherwise the past is view-only.
  const live = useAppStore((s) => !s.capabilities.fork);
  const setViewAtMs = useAppStore((s) => s.setViewAtMs);
  const backToLive = useAppStore((s) => s.backToLive);
  const scrubFrames = useAppStore((s) => s.scrubFrames);
  const scrubToMark = useAppStore((s) => s.scrubToMark);
  const t = useT();
  const minMs = frames[0]?.atMs ?? 0;
  const maxMs = Math.max(liveMs, frames.at(-1)?.atMs ?? 0);
  const atMs = viewAtMs ?? maxMs;
  const pick = useCallback((ms: number) => setViewAtMs(Math.max(0, ms)), [setViewAtMs]);
  const onChange = (ms: number) => (ms >= maxMs ? backToLive() : setViewAtMs(ms));
  const past = viewAtMs !== null;
  const index = past ? frameIndexAt(store.getState().history, viewAtMs) + 1 : frames.length;
  return (
    <div className={`timeline-bar${past ? ' is-past' : ''}`} data-testid="timeline" data-min-ms={minMs} data-max-ms={maxMs} data-at-ms={atMs} data-live={!past}>
      <StepControl />
      <PauseOnMenu />
      <span className="timeline-label">{past ? t('timeline.at', { at: formatClock(atMs) }) : t('timeline.live')}</span>
      <div className="timeline-track">
        <input
          type="range"
          min={minMs}
          max={maxMs}
          step={1}
          value={atMs}
          disabled={frames.length === 0}
          aria-label={t('timeline.label')}
          aria-valuetext={past ? t('timeline.valuePast', { index, frames: frames.length, at: formatClock(atMs) }) : t('timeline.valueLive')}
          onChange={(e) => onChange(Number(e.target.value))}
          onKeyDown={(e) => {
            // One arrow press is one frame, not one ms.
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            e.preventDefault();
            const direction = e.key === 'ArrowLeft' ? -1 : 1;
            if (e.shiftKey) scrubToMark(direction);
            else scrubFrames(direction);
          }}
        />
        <TimelineMarks marks={marks} minMs={minMs} maxMs={maxMs} onPick={pick} />
      </div>
      {past && (
        <span className="timeline-note">
          {t('timeline.ago', { note: t(live ? 'timeline.viewOnly' : 'timeline.pausedPast'), ago: formatClock(maxMs - atMs) })}
        </span>
      )}
      <button type="button" onClick={backToLive} disabled={!past} title={t('timeline.backToLiveTitle')} data-testid="back-to-live">
        {t('timeline.backToLive')}
      </button>
      {!past && <TimeReadout />}
    </div>
  );
}
