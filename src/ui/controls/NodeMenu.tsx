import { useEffect, useRef, type KeyboardEvent } from 'react';
import { handleMenuKeys } from './menuKeys.ts';
import type { ServerId } from '../../driver/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { isIsolated } from '../topology/links.ts';
import { focusNode } from '../topology/focusNode.ts';
import type { TopologyLayout } from '../topology/layout.ts';
import { menuItems } from './nodeMenuItems.ts';
import { MenuItemButton } from './MenuItemButton.tsx';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The fault menu of one server, drawn inside the topology's SVG (so it scales with it) beside the
// node. Arrow keys move, Enter picks, Escape closes and gives focus back to the node.

const MENU_W = 300;
const ITEM_H = 50;

interface Props {
  id: ServerId;
  layout: TopologyLayout;
}

export function NodeMenu({ id, layout }: Props) {
  const node = useAppStore((s) => shown(s).nodeById.get(id));
  const isolated = useAppStore((s) => isIsolated(id, shown(s).nodeIds, shown(s).links));
  const store = useAppStoreApi();
  const menuRef = useRef<HTMLDivElement>(null);
  const t = useT();

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [id]);

  const p = layout.positions.get(id);
  if (!node || !p) return null;
  const items = menuItems(node, isolated, t);
  const height = 52 + items.length * ITEM_H;
  const r = layout.nodeRadius + layout.arcWidth;
  const x = p.x < layout.width / 2 ? p.x + r + 10 : p.x - r - 10 - MENU_W;
  const y = Math.min(layout.height - height - 4, Math.max(4, p.y - 40));

  const close = (refocus: boolean) => {
    store.getState().openMenu(null);
    if (refocus) focusNode(id);
  };
  const onKeyDown = (e: KeyboardEvent) => handleMenuKeys(e, menuRef.current, close);

  return (
    <g className="node-menu-layer">
      <rect className="menu-backdrop" width={layout.width} height={layout.height} onClick={() => close(false)} />
      <foreignObject x={x} y={y} width={MENU_W} height={height}>
        <div ref={menuRef} className="node-menu" role="menu" aria-label={t('nodeMenu.label', { id })} onKeyDown={onKeyDown} data-testid={`menu-${id}`}>
          <div className="node-menu-title">{t('common.server', { id })}</div>
          {items.map((item) => (
            <MenuItemButton
              key={item.key}
              action={item.key}
              label={item.label}
              hint={item.hint}
              onChoose={() => {
                item.run(store.getState(), id);
                close(true);
              }}
            />
          ))}
        </div>
      </foreignObject>
    </g>
  );
}
