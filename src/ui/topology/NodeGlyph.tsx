import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useAppStore, useAppStoreApi, useClockedSelector } from '../../store/hooks.ts';
import { glyphView } from '../../store/index.ts';
import { formatZxid, stateName } from '../format.ts';
import { useT } from '../i18n/useT.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { GlyphView } from '../../store/index.ts';
import { stateStyles } from '../theme.ts';
import { Crown } from './Crown.tsx';
import { NodeCaption } from './NodeCaption.tsx';
import { focusNode, neighbourId } from './focusNode.ts';
import { outward, type TopologyLayout } from './layout.ts';
import { RoleShape } from './RoleShape.tsx';
import { TimeoutArc } from './TimeoutArc.tsx';
import { shown } from '../../store/shown.ts';
import { useHighlight } from '../highlight.ts';

// One server: its shape and colour by state, id, epoch and last zxid, a crown when leading, and the
// arc of time left before its failure detector fires. A click crashes it or restarts it.

interface Props {
  id: ServerId;
  layout: TopologyLayout;
}

/** The glyph's accessible name ("Node 3, leader"), from the same fields the store's English label reads. */
function glyphLabel(t: Translate, id: ServerId, view: Pick<GlyphView, 'state' | 'established' | 'deposed' | 'epoch'>): string {
  if (view.deposed) return t('node.labelDeposed', { id, epoch: view.epoch });
  const state = stateName(t, view.state);
  return t(view.state === 'leading' && !view.established ? 'node.labelPending' : 'node.label', { id, state });
}

export const NodeGlyph = memo(function NodeGlyph({ id, layout }: Props) {
  // Primitives only: a frame that changes nothing visible (most frames) does not re-render the glyph.
  const view = useClockedSelector((s, nowMs) => glyphView(shown(s).nodeById.get(id), nowMs, shown(s).leader));
  const highlighted = useAppStore((s) => s.highlightIds.includes(id));
  const selected = useAppStore((s) => s.selectedId === id);
  const focused = useHighlight((h) => h.servers.includes(id));
  const store = useAppStoreApi();
  const t = useT();
  const p = layout.positions.get(id);
  // A jump in time changes most servers' epoch and little else: the words are worked out again only
  // when what they say changes, and the caption's place only with the state.
  const shownState = view?.state ?? 'down';
  const established = view?.established ?? false;
  const deposed = view?.deposed ?? false;
  // The epoch is in the name only when deposed ("still thinks it leads epoch 4").
  const namedEpoch = deposed ? (view?.epoch ?? 0) : 0;
  const label = useMemo(() => glyphLabel(t, id, { state: shownState, established, deposed, epoch: namedEpoch }), [t, id, shownState, established, deposed, namedEpoch]);
  const title = useMemo(() => t('node.title', { hint: t(shownState === 'down' ? 'node.hintDown' : 'node.hintUp') }), [t, shownState]);
  const captionAt = useMemo(() => (p ? outward(layout.center, p, layout.nodeRadius + layout.arcWidth + 13 + (shownState === 'leading' ? layout.nodeRadius * 0.7 : 0)) : null), [layout, p, shownState]);
  if (!view || !p || !captionAt) return null;

  const { state } = view;
  const style = stateStyles[state];
  const r = layout.nodeRadius;
  const zxid = formatZxid(view.zxid);

  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    // Shift/ctrl-click draws partition groups instead of crashing: the network tab shows them.
    if (e.shiftKey || e.ctrlKey || e.metaKey) store.getState().toggleGroupMember(id);
    else store.getState().toggleCrash(id);
  };
  const onContextMenu = (e: MouseEvent) => {
    e.preventDefault();
    store.getState().openMenu(id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && e.shiftKey) {
      e.preventDefault();
      store.getState().toggleGroupMember(id);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      store.getState().toggleCrash(id);
    } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      store.getState().openMenu(id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = neighbourId(shown(store.getState()).nodeIds, id, e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1);
      if (next !== null) focusNode(next);
    }
  };
  const select = () => store.getState().select(id);

  return (
    <g
      className={`node node-${state}${highlighted || focused ? ' is-highlighted' : ''}${selected ? ' is-selected' : ''}`}
      data-highlighted={focused ? 'true' : undefined}
      transform={`translate(${p.x},${p.y})`}
      data-testid={`node-${id}`}
      data-node-id={id}
      data-state={state}
      data-established={view.established ? 'true' : 'false'}
      data-epoch={view.epoch}
      data-zxid={zxid}
      data-deposed={view.deposed ? 'true' : 'false'}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={onClick}
      onContextMenu={onContextMenu}
      onKeyDown={onKeyDown}
      onMouseEnter={select}
      onFocus={select}
    >
      <title>{title}</title>
      <circle className="halo" r={r + layout.arcWidth + 7} />
      <circle className="focus-ring" r={r + layout.arcWidth + 5} />
      {view.hasArc && <TimeoutArc id={id} radius={r} width={layout.arcWidth} />}
      <RoleShape state={state} r={r} />
      {state === 'leading' && <Crown base={r + layout.arcWidth + 4} size={Math.max(14, r * 1.05)} look={view.deposed ? 'deposed' : view.established ? 'serving' : 'pending'} />}
      <text className="node-id" fontSize={r * 0.85} fill={style.text} textAnchor="middle" dominantBaseline="central">
        {id}
      </text>
      <NodeCaption layoutDetail={layout.detail} r={r + layout.arcWidth} state={state} epoch={view.epoch} zxid={zxid} vote={view.vote} deposed={view.deposed} pollTenths={view.pollTenths} pollDeciding={view.pollDeciding} outwardAt={captionAt} origin={p} />
    </g>
  );
});
