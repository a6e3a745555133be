import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import type { TopologyLayout } from './layout.ts';
import { useT } from '../i18n/useT.ts';

// The "⋯" button on a node that opens its fault menu. Always shown on small rings; on large ones
// only on the node in focus, so 101 buttons do not bury the picture (the menu key still works).

interface Props {
  id: ServerId;
  layout: TopologyLayout;
  alwaysShown: boolean;
}

export const NodeMenuButton = memo(function NodeMenuButton({ id, layout, alwaysShown }: Props) {
  const open = useAppStore((s) => s.menuFor === id);
  const focused = useAppStore((s) => s.selectedId === id);
  const store = useAppStoreApi();
  const t = useT();
  const p = layout.positions.get(id);
  if (!p || !(alwaysShown || focused || open)) return null;
  const r = layout.nodeRadius;
  const size = Math.max(10, r * 0.36);
  const x = p.x + r * 0.92;
  const y = p.y - r * 0.6;
  const toggle = () => store.getState().openMenu(open ? null : id);
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    toggle();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') {
      e.preventDefault();
      toggle();
    }
  };
  return (
    <g className="node-menu-button" transform={`translate(${x},${y})`} role="button" tabIndex={0} aria-label={t('nodeMenu.label', { id })} aria-haspopup="menu" aria-expanded={open} data-testid={`node-menu-${id}`} onClick={onClick} onKeyDown={onKeyDown}>
      <circle r={size} />
      {[-1, 0, 1].map((k) => (
        <circle key={k} className="dot" cx={k * size * 0.42} r={size * 0.13} />
      ))}
    </g>
  );
});
