import { useAppStore } from '../../store/hooks.ts';

// The switch for the space-time diagram, in the legend strip right above where the pane opens.

export function SpacetimeToggle() {
  const open = useAppStore((s) => s.spacetimeOpen);
  const setOpen = useAppStore((s) => s.setSpacetimeOpen);
  return (
    <button type="button" className={`st-toggle${open ? ' is-on' : ''}`} aria-pressed={open} onClick={() => setOpen(!open)} data-testid="spacetime-toggle" title="A lane per server, time to the right, an arrow per message">
      {open ? '▾ Space-time diagram' : '▸ Space-time diagram'}
    </button>
  );
}
