import { memo } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { syncBadge } from '../../store/index.ts';
import type { TopologyLayout } from './layout.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// A badge on a server for a few seconds after it rejoined: the sync its leader chose (DIFF +n,
// TRUNC −n, SNAP). The node panel and the log keep the details.

interface Props {
  id: ServerId;
  layout: TopologyLayout;
}

const fills: Record<string, string> = { DIFF: '#0f8a7e', TRUNC: '#c21f1f', SNAP: '#7b2fd0' };

export const SyncBadge = memo(function SyncBadge({ id, layout }: Props) {
  const text = useAppStore((s) => syncBadge(shown(s).recoveries.get(id), s.realNowMs));
  const t = useT();
  const p = layout.positions.get(id);
  if (!text || !p || layout.detail === 'minimal') return null;
  const mode = text.split(' ')[0]!;
  const width = 24 + text.length * 13.5;
  const r = layout.nodeRadius;
  return (
    <g className="sync-badge" transform={`translate(${p.x - width + r * 0.2},${p.y - r - layout.arcWidth - 24})`} data-testid={`sync-badge-${id}`} data-mode={mode.toLowerCase()} role="img" aria-label={t('syncBadge.label', { id, mode: text })}>
      <rect width={width} height={30} rx={15} fill={fills[mode] ?? '#3d4552'} stroke="#fff" strokeWidth={2.5} />
      <text x={width / 2} y={15} textAnchor="middle" dominantBaseline="central">
        {text}
      </text>
    </g>
  );
});
