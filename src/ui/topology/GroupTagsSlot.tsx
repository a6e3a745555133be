import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import type { TopologyLayout } from './layout.ts';

// The partition groups' tags on the servers are drawn only while groups are being drawn in the
// network tab, so their code (and their geometry) loads then, with that tab, not with the first
// screen. Until it arrives (a moment, once) no tag is drawn.

const GroupTags = lazy(() => import('./GroupTags.tsx').then((m) => ({ default: m.GroupTags })));

export function GroupTagsSlot({ layout }: { layout: TopologyLayout }) {
  const drawing = useAppStore((s) => s.sideTab === 'network' && s.groupDraft.some((g) => g.length > 0));
  if (!drawing) return null;
  return (
    <Suspense fallback={null}>
      <GroupTags layout={layout} />
    </Suspense>
  );
}
