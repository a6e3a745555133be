import { useAppStore } from '../../store/hooks.ts';
import { SpacetimePanel } from './SpacetimePanel.tsx';

// The space-time diagram's place under the topology: nothing while it is closed, so a closed
// diagram costs no redraws at all.

export function SpacetimePane() {
  const open = useAppStore((s) => s.spacetimeOpen);
  return open ? <SpacetimePanel /> : null;
}
