import { useEffect, useRef, type KeyboardEvent } from 'react';
import { handleMenuKeys } from '../controls/menuKeys.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import type { TopologyLayout } from './layout.ts';
import { linkMenuItems } from './linkMenuItems.ts';
import { MenuItemButton } from '../controls/MenuItemButton.tsx';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The menu of one link, opened by clicking it: cut or restore either direction or both, or edit its
// loss and delay. Drawn inside the SVG beside the link's midpoint, keyboard-driven like NodeMenu.

const MENU_W = 300;
const ITEM_H = 50;

interface Props {
  layout: TopologyLayout;
}

export function LinkMenu({ layout }: Props) {
  const link = useAppStore((s) => s.linkMenu);
  const links = useAppStore((s) => shown(s).links);
  const store = useAppStoreApi();
  const menuRef = useRef<HTMLDivElement>(null);
  const t = useT();

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [link]);

  if (!link) return null;
  const pa = layout.positions.get(link.from);
  const pb = layout.positions.get(link.to);
  if (!pa || !pb) return null;
  const items = linkMenuItems(link.from, link.to, links, t);
  const height = 52 + items.length * ITEM_H;
  const mx = (pa.x + pb.x) / 2;
  const my = (pa.y + pb.y) / 2;
  const x = Math.min(layout.width - MENU_W - 4, Math.max(4, mx - MENU_W / 2));
  const y = Math.min(layout.height - height - 4, Math.max(4, my + 14));

  const close = (refocus: boolean) => {
    store.getState().openLinkMenu(null);
    if (refocus) document.querySelector<SVGElement>(`[data-link-hit="${link.from}-${link.to}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => handleMenuKeys(e, menuRef.current, close);

  return (
    <g className="node-menu-layer">
      <rect className="menu-backdrop" width={layout.width} height={layout.height} onClick={() => close(false)} />
      <foreignObject x={x} y={y} width={MENU_W} height={height}>
        <div ref={menuRef} className="node-menu" role="menu" aria-label={t('linkMenu.label', { a: link.from, b: link.to })} onKeyDown={onKeyDown} data-testid={`link-menu-${link.from}-${link.to}`}>
          <div className="node-menu-title">
            {t('linkMenu.title', { a: link.from, b: link.to })}
          </div>
          {items.map((item) => (
            <MenuItemButton
              key={item.key}
              action={item.key}
              label={item.label}
              hint={item.hint}
              disabled={item.run === null}
              onChoose={() => {
                item.run?.(store.getState());
                close(item.key !== 'quality');
              }}
            />
          ))}
        </div>
      </foreignObject>
    </g>
  );
}
