import type { Catalog, MessageKey } from './messages/en/index.ts';

// The parts of a catalog the page loads with the code that speaks them rather than with the first
// screen: the side tabs, the space-time diagram, compare mode, the settings dialog, the story view,
// the server and link menus, the shortcuts overlay, the page's notices, the pause-on menu's items,
// the step control, the list of safety violations, the words for what happened once something did (aftermath) and the first-visit guide. Each area's keys all begin with
// its name ("data.op.send" is the data area's), so a key asked for before its area arrived names
// the area to fetch (src/ui/i18n/localeStore.ts).

export const DEFERRED_AREAS = ['data', 'clients', 'network', 'script', 'metrics', 'spacetime', 'compare', 'settings', 'story', 'nodeMenu', 'linkMenu', 'shortcuts', 'notices', 'pauseOn', 'step', 'invariants', 'aftermath', 'guide'] as const;
export type DeferredArea = (typeof DEFERRED_AREAS)[number];

/**
 * The parts of a catalog a driver brings, loaded with it before the page draws (src/ui/boot.ts):
 * a real ensemble's states, sources and refusals (src/i18n/messages/en/real.ts). Their keys share
 * the prefixes of the words they stand beside ("state.unresponsive"), so no key names its area:
 * nothing asks for them early, since the page that shows them loaded them first.
 */
export const DRIVER_AREAS = ['real'] as const;
export type DriverArea = (typeof DRIVER_AREAS)[number];
export type CatalogArea = DeferredArea | DriverArea;

/** Some of a language's messages: the first screen's, and the areas loaded so far. */
export type PartialCatalog = Partial<Catalog>;

/** The deferred area whose prefix the key has, or null (the few first-screen keys with such a prefix, the buttons that open those parts, are there before anyone asks). */
export function deferredAreaOf(key: MessageKey | string): DeferredArea | null {
  const prefix = key.slice(0, key.indexOf('.'));
  return (DEFERRED_AREAS as readonly string[]).includes(prefix) ? (prefix as DeferredArea) : null;
}
