import { memo } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { LABEL_WIDTH_PX, type Geometry } from './geometry.ts';
import { useT } from '../i18n/useT.ts';

// A lane's name in the left column. It lights up with the server (from the log or a message) and
// is underlined while the server is the selected one (pointing at it in the topology selects it);
// pointing at the lane's name lights up the server in the topology.

interface Props {
  id: ServerId;
  g: Geometry;
}

export const LaneLabel = memo(function LaneLabel({ id, g }: Props) {
  const t = useT();
  const store = useAppStoreApi();
  const highlighted = useAppStore((s) => s.highlightIds.includes(id));
  const leader = useAppStore((s) => s.leader?.id === id);
  const selected = useAppStore((s) => s.selectedId === id);
  const top = g.laneTop(id);
  if (top === null) return null;
  return (
    <g className={`st-lane-label${highlighted ? ' is-highlighted' : ''}${selected ? ' is-selected' : ''}`} data-testid={`lane-${id}`} onMouseEnter={() => store.getState().highlight([id])} onMouseLeave={() => store.getState().highlight([])}>
      <rect x={0} y={top} width={LABEL_WIDTH_PX} height={g.laneHeight} />
      <line className="st-lane-rule" x1={0} x2={LABEL_WIDTH_PX} y1={top + g.laneHeight} y2={top + g.laneHeight} />
      <text x={10} y={top + g.laneHeight / 2 + 6}>
        {t('spacetime.lane', { id })}
        {leader && <tspan className="st-lane-crown"> ♛</tspan>}
      </text>
    </g>
  );
});
