import { memo } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { groupLetter, groupSetLabel } from '../../store/index.ts';
import { groupColor } from './groupColors.ts';
import { groupTagGeometry } from './groupTagGeometry.ts';
import type { TopologyLayout } from './layout.ts';
import { shown } from '../../store/shown.ts';

// While partition groups are drawn (network tab open), each server shows the groups it is in:
// shift-click a server to add it to the active group. A small cluster shows a coloured square per
// group beside the node; otherwise one tag per server names its groups compactly ("A–N"), sized to
// the node and set on its outer rim, so even the ring preset at 101 servers leaves the picture
// readable. When the partition they drew heals, the groups go (see store/commit.ts).

interface Props {
  layout: TopologyLayout;
}

export const GroupTags = memo(function GroupTags({ layout }: Props) {
  const networkOpen = useAppStore((s) => s.sideTab === 'network');
  const draft = useAppStore((s) => s.groupDraft);
  const ids = useAppStore((s) => shown(s).nodeIds);
  if (!networkOpen || draft.every((g) => g.length === 0)) return null;
  return (
    <g className="group-tags" aria-hidden="true">
      {ids.map((id) => {
        const p = layout.positions.get(id);
        const groups = draft.flatMap((g, i) => (g.includes(id) ? [i] : []));
        if (!p || groups.length === 0) return null;
        const label = groupSetLabel(groups, draft.length);
        const tag = groupTagGeometry(layout, p, groups.length, label);
        const attrs = { 'data-testid': `group-tag-${id}`, 'data-groups': groups.map(groupLetter).join(',') };
        if (tag.kind === 'squares') {
          return (
            <g key={id} transform={`translate(${tag.x},${tag.y})`} {...attrs}>
              {groups.map((g, k) => (
                <g key={g} transform={`translate(${k * (tag.size + 2)},0)`}>
                  <rect width={tag.size} height={tag.size} rx={5} fill={groupColor(g)} />
                  <text x={tag.size / 2} y={tag.size / 2} textAnchor="middle" dominantBaseline="central" className="group-tag-text" fontSize={tag.fontSize}>
                    {groupLetter(g)}
                  </text>
                </g>
              ))}
            </g>
          );
        }
        // One group keeps its colour; a set of them is a neutral tag (its letters say which).
        const fill = groups.length === 1 ? groupColor(groups[0]!) : '#33415c';
        return (
          <g key={id} transform={`translate(${tag.x},${tag.y})`} {...attrs}>
            <rect width={tag.width} height={tag.height} rx={tag.height / 2} fill={fill} stroke="#fff" strokeWidth={1} />
            <text x={tag.width / 2} y={tag.height / 2} textAnchor="middle" dominantBaseline="central" className="group-tag-text" fontSize={tag.fontSize} textLength={tag.textLength} lengthAdjust="spacingAndGlyphs">
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
