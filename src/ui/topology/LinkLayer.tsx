import { memo, useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import type { AppState } from '../../store/index.ts';
import type { TopologyLayout } from './layout.ts';
import { LinkLine } from './LinkLine.tsx';
import { FULL_MESH_MAX, cutTest, degradedTest, pairsToDraw } from './links.ts';
import { shown } from '../../store/shown.ts';

// Every link the topology shows, both directions each. Re-renders only when the link state, the
// leaders servers follow, or the focused server change, never on an ordinary frame.

interface Props {
  layout: TopologyLayout;
}

/** Who follows whom, as one string, so a selector can compare it cheaply. */
export function followKey(s: AppState): string {
  let key = '';
  const { nodeIds, nodeById } = shown(s);
  for (const id of nodeIds) {
    const n = nodeById.get(id);
    key += `${n && n.status !== 'down' ? n.leader ?? '-' : 'x'},`;
  }
  return key;
}

export const LinkLayer = memo(function LinkLayer({ layout }: Props) {
  const ids = useAppStore((s) => shown(s).nodeIds);
  const links = useAppStore((s) => shown(s).links);
  const follows = useAppStore(followKey);
  const focusId = useAppStore((s) => (shown(s).nodeIds.length > FULL_MESH_MAX ? s.selectedId : null));
  const store = useAppStoreApi();

  const drawn = useMemo(() => {
    const nodes = shown(store.getState()).nodeById;
    const cut = cutTest(links);
    const follow = follows.split(',');
    const leaderOf = (id: number) => follow[ids.indexOf(id)];
    const degraded = degradedTest(links);
    return pairsToDraw(ids, nodes, links, focusId).map(([a, b]) => ({
      a,
      b,
      active: leaderOf(a) === String(b) || leaderOf(b) === String(a),
      cutAB: cut(a, b),
      cutBA: cut(b, a),
      slowAB: degraded(a, b),
      slowBA: degraded(b, a),
    }));
  }, [ids, links, follows, focusId, store]);

  const rim = layout.nodeRadius + layout.arcWidth + 2;
  const offset = layout.detail === 'full' ? 4 : layout.detail === 'compact' ? 3 : 1.5;
  return (
    <g className={`links links-${layout.detail}`} aria-hidden="true">
      {drawn.map(({ a, b, active, cutAB, cutBA, slowAB, slowBA }, slot) => {
        const pa = layout.positions.get(a);
        const pb = layout.positions.get(b);
        if (!pa || !pb) return null;
        // Keyed by slot, not by pair: above FULL_MESH_MAX the pairs are each server's leader link, and
        // a jump to a moment with another leader replaces nearly all of them; a slot keeps its elements
        // and takes the new ends (attribute updates), where a pair key made React remove and create them all.
        return (
          <g key={slot}>
            <LinkLine fromId={a} toId={b} from={pa} to={pb} rim={rim} offset={offset} cut={cutAB} slow={slowAB} active={active} />
            <LinkLine fromId={b} toId={a} from={pb} to={pa} rim={rim} offset={offset} cut={cutBA} slow={slowBA} active={active} />
          </g>
        );
      })}
    </g>
  );
});
