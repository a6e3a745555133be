import { useAppStore } from '../../store/hooks.ts';
import { AXIS_HEIGHT_PX, type Geometry } from './geometry.ts';

// The moment pointed at elsewhere (a log entry, a mark): a line across every lane.

interface Props {
  g: Geometry;
}

export function TimeCursor({ g }: Props) {
  const t = useAppStore((s) => s.highlightTimeMs);
  if (t === null) return null;
  const x = g.x(t);
  if (x < 0 || x > g.plotWidth) return null;
  return <line className="st-cursor" data-testid="spacetime-cursor" data-t-ms={t} x1={x} x2={x} y1={AXIS_HEIGHT_PX} y2={g.height} />;
}
