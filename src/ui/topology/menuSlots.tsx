import { lazy, Suspense, type ComponentProps } from 'react';
import { withAreas } from '../i18n/localeStore.ts';
import type { NodeMenu as NodeMenuView } from '../controls/NodeMenu.tsx';
import type { LinkMenu as LinkMenuView } from './LinkMenu.tsx';

// The server's and the link's menus, loaded with their words the first time one opens: the
// topology mounts a menu only while it is open, so neither is in the first load. Until the chunk
// arrives (a moment, once) the open menu draws nothing rather than blank items.

const LazyNodeMenu = lazy(() => withAreas(['nodeMenu'], () => import('../controls/NodeMenu.tsx')).then((m) => ({ default: m.NodeMenu })));
const LazyLinkMenu = lazy(() => withAreas(['linkMenu'], () => import('./LinkMenu.tsx')).then((m) => ({ default: m.LinkMenu })));

export function NodeMenu(props: ComponentProps<typeof NodeMenuView>) {
  return (
    <Suspense fallback={null}>
      <LazyNodeMenu {...props} />
    </Suspense>
  );
}

export function LinkMenu(props: ComponentProps<typeof LinkMenuView>) {
  return (
    <Suspense fallback={null}>
      <LazyLinkMenu {...props} />
    </Suspense>
  );
}
