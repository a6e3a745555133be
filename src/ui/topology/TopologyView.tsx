import { useMemo } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { NodeMenu } from '../controls/NodeMenu.tsx';
import { layoutTopology } from './layout.ts';
import { LinkLayer } from './LinkLayer.tsx';
import { FULL_MESH_MAX } from './links.ts';
import { MessageDots } from './MessageDots.tsx';
import { NodeGlyph } from './NodeGlyph.tsx';
import { NodeMenuButton } from './NodeMenuButton.tsx';

// The ensemble as a picture: links, messages in flight, servers, and the open fault menu on top.
// Everything is laid out in a fixed 800 × 640 box that the SVG scales to its panel.

export const VIEW_WIDTH = 800;
export const VIEW_HEIGHT = 640;

export function TopologyView() {
  const ids = useAppStore((s) => s.nodeIds);
  const menuFor = useAppStore((s) => s.menuFor);
  const layout = useMemo(() => layoutTopology(ids, VIEW_WIDTH, VIEW_HEIGHT), [ids]);
  const buttonsAlways = ids.length <= FULL_MESH_MAX;
  return (
    <svg className="topology-svg" viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`} role="group" aria-label="The servers. Click a server to crash it, click again to restart it. Arrow keys move between servers; the menu key opens more faults.">
      <LinkLayer layout={layout} />
      <MessageDots layout={layout} />
      <g className="nodes">
        {ids.map((id) => (
          <NodeGlyph key={id} id={id} layout={layout} />
        ))}
      </g>
      <g className="menu-buttons">
        {ids.map((id) => (
          <NodeMenuButton key={id} id={id} layout={layout} alwaysShown={buttonsAlways} />
        ))}
      </g>
      {menuFor !== null && <NodeMenu id={menuFor} layout={layout} />}
    </svg>
  );
}
