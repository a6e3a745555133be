import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';

// The switch for the space-time diagram, in the legend strip right above where the pane opens.

export function SpacetimeToggle() {
  const t = useT();
  const open = useAppStore((s) => s.spacetimeOpen);
  const setOpen = useAppStore((s) => s.setSpacetimeOpen);
  return (
    <button type="button" className={`st-toggle${open ? ' is-on' : ''}`} aria-pressed={open} onClick={() => setOpen(!open)} data-testid="spacetime-toggle" title={t('spacetime.toggleTitle')}>
      {open ? '▾ ' : '▸ '}
      {t('spacetime.toggle')}
    </button>
  );
}
