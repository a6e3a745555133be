import { useMemo } from 'react';
import type { TimelineMark } from '../../store/index.ts';
import { formatClock } from '../format.ts';
import { useT } from '../i18n/useT.ts';
import { badgeKey } from '../panels/eventKinds.ts';

// Faults, repairs and elections as ticks under the scrubber. The ticks sit at their own times in a
// viewBox that spans the recorded range, so a new frame changes one attribute, not every tick.
// A click jumps to the frame just before the mark: the moment before the crash.

interface Props {
  marks: TimelineMark[];
  minMs: number;
  maxMs: number;
  onPick: (atMs: number) => void;
}

export function TimelineMarks({ marks, minMs, maxMs, onPick }: Props) {
  const t = useT();
  const ticks = useMemo(
    () =>
      marks.map((m) => (
        <line key={m.entryId} x1={m.atMs} x2={m.atMs} y1={0} y2={12} className={`mark mark-${m.kind}`} data-mark={m.kind} data-at-ms={m.atMs} onClick={() => onPick(m.atMs - 1)}>
          <title>{t('timeline.markTitle', { what: t(`timeline.mark.${m.kind}`), record: `${t(badgeKey(m.record))}${m.node === null ? '' : ` ${m.node}`}`, at: formatClock(m.atMs) })}</title>
        </line>
      )),
    [marks, onPick, t],
  );
  const span = Math.max(1, maxMs - minMs);
  return (
    <svg className="timeline-marks" viewBox={`${minMs} 0 ${span} 12`} preserveAspectRatio="none" aria-hidden="true">
      {ticks}
    </svg>
  );
}
