import { useMemo, useRef } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { NodeMenu, LinkMenu } from './menuSlots.tsx';
import { layoutTopology } from './layout.ts';
import { GroupTagsSlot } from './GroupTagsSlot.tsx';
import { LinkHitLayer } from './LinkHitLayer.tsx';
import { LinkLayer } from './LinkLayer.tsx';
import { FULL_MESH_MAX } from './links.ts';
import { MessageDots } from './MessageDots.tsx';
import { NodeGlyph } from './NodeGlyph.tsx';
import { NodeMenuButton } from './NodeMenuButton.tsx';
import { SyncBadge } from './SyncBadge.tsx';
import { useElementSize } from '../useElementSize.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The ensemble as a picture: links, messages in flight, servers, and the open fault menu on top.
// Everything is laid out in a fixed 800 × 640 box that the SVG scales to its panel.

export const VIEW_WIDTH = 800;
export const VIEW_HEIGHT = 640;

export function TopologyView() {
  const ids = useAppStore((s) => shown(s).nodeIds);
  const menuFor = useAppStore((s) => s.menuFor);
  const linkMenuOpen = useAppStore((s) => s.linkMenu !== null);
  const layout = useMemo(() => layoutTopology(ids, VIEW_WIDTH, VIEW_HEIGHT), [ids]);
  const buttonsAlways = ids.length <= FULL_MESH_MAX;
  const t = useT();
  const viewBox = `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`;
  const underRef = useRef<SVGSVGElement>(null);
  // In pixels once measured (useElementSize.ts says why); the stylesheet's 100% until then.
  const stage = useElementSize(underRef, true);
  const sized = stage ? { width: stage.width, height: stage.height } : undefined;
  // Three stacked pictures of one box: the links, the messages in flight, and the servers with
  // everything a user clicks. The messages are the compositor's animations between the two SVGs
  // (MessageDots.tsx), so a moving dot repaints neither the links under it nor the servers over it.
  return (
    <>
      <svg ref={underRef} className="topology-svg topology-under" style={sized} viewBox={viewBox} aria-hidden="true">
        <LinkLayer layout={layout} />
      </svg>
      <MessageDots layout={layout} viewWidth={VIEW_WIDTH} viewHeight={VIEW_HEIGHT} />
      <svg className="topology-svg topology-front" style={sized} viewBox={viewBox} role="group" aria-label={t('topology.label')}>
        <LinkHitLayer layout={layout} />
        <g className="nodes">
          {ids.map((id) => (
            <NodeGlyph key={id} id={id} layout={layout} />
          ))}
        </g>
        <g className="sync-badges">
          {ids.map((id) => (
            <SyncBadge key={id} id={id} layout={layout} />
          ))}
        </g>
        <GroupTagsSlot layout={layout} />
        <g className="menu-buttons">
          {ids.map((id) => (
            <NodeMenuButton key={id} id={id} layout={layout} alwaysShown={buttonsAlways} />
          ))}
        </g>
        {menuFor !== null && <NodeMenu id={menuFor} layout={layout} />}
        {linkMenuOpen && <LinkMenu layout={layout} />}
      </svg>
    </>
  );
}
