import { memo } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { groupLetter } from '../../store/index.ts';
import { groupColor } from './groupColors.ts';
import type { TopologyLayout } from './layout.ts';

// While partition groups are being drawn (network tab open), each server shows the letters of the
// groups it is in, left of its node: shift-click a server to add it to the active group.

interface Props {
  layout: TopologyLayout;
}

const TAG = 26;

export const GroupTags = memo(function GroupTags({ layout }: Props) {
  const shown = useAppStore((s) => s.sideTab === 'network');
  const draft = useAppStore((s) => s.groupDraft);
  const ids = useAppStore((s) => s.nodeIds);
  if (!shown || draft.every((g) => g.length === 0)) return null;
  const r = layout.nodeRadius + layout.arcWidth;
  return (
    <g className="group-tags" aria-hidden="true">
      {ids.map((id) => {
        const p = layout.positions.get(id);
        const groups = draft.flatMap((g, i) => (g.includes(id) ? [i] : []));
        if (!p || groups.length === 0) return null;
        return (
          <g key={id} transform={`translate(${p.x - r - 6 - groups.length * (TAG + 2)},${p.y - TAG / 2})`} data-testid={`group-tag-${id}`} data-groups={groups.map(groupLetter).join('')}>
            {groups.map((g, k) => (
              <g key={g} transform={`translate(${k * (TAG + 2)},0)`}>
                <rect width={TAG} height={TAG} rx={5} fill={groupColor(g)} />
                <text x={TAG / 2} y={TAG / 2} textAnchor="middle" dominantBaseline="central" className="group-tag-text">
                  {groupLetter(g)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
});
