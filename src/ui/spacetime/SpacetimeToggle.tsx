import { useAppStore } from '../../store/hooks.ts';

// The toolbar's switch for the space-time diagram under the topology.

export function SpacetimeToggle() {
  const open = useAppStore((s) => s.spacetimeOpen);
  const setOpen = useAppStore((s) => s.setSpacetimeOpen);
  return (
    <label className="toggle" title="A lane per server, time to the right, an arrow per message">
      <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} data-testid="spacetime-toggle" /> Space-time
    </label>
  );
}
