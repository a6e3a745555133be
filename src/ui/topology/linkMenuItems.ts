import type { LinkRef, LinkState, ServerId } from '../../driver/index.ts';
import type { AppState } from '../../store/index.ts';
import { cutTest } from './links.ts';
import type { Translate } from '../../i18n/translate.ts';

// The entries of a link's menu (pure, so the choice is testable): cut or restore each direction,
// both at once, or open the drop/delay editor for it. A direction cut by the partition cannot be
// restored on its own: the entry says so instead of pretending.

export interface LinkMenuItem {
  key: string;
  label: string;
  hint: string;
  /** Null: shown for information, not clickable. */
  run: ((s: AppState) => void) | null;
}

function explicitlyCut(links: LinkState, from: ServerId, to: ServerId): boolean {
  return links.cuts.some((c) => c.from === from && c.to === to);
}

export function linkMenuItems(a: ServerId, b: ServerId, links: LinkState, t: Translate): LinkMenuItem[] {
  const byPartition = cutTest({ cuts: [], partition: links.partition });
  const items: LinkMenuItem[] = [];
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const link: LinkRef = { from, to };
    if (explicitlyCut(links, from, to)) items.push({ key: `restore-${from}-${to}`, label: t('linkMenu.restore', { from, to }), hint: t('linkMenu.restoreHint'), run: (s) => s.restoreLink(link, false) });
    else if (byPartition(from, to)) items.push({ key: `partitioned-${from}-${to}`, label: t('linkMenu.partitioned', { from, to }), hint: t('linkMenu.partitionedHint'), run: null });
    else items.push({ key: `cut-${from}-${to}`, label: t('linkMenu.cut', { from, to }), hint: t('linkMenu.cutHint', { from, to }), run: (s) => s.cut(link, false) });
  }
  const both = explicitlyCut(links, a, b) && explicitlyCut(links, b, a);
  items.push(
    both
      ? { key: 'restore-both', label: t('linkMenu.restoreBoth', { a, b }), hint: t('linkMenu.restoreBothHint'), run: (s) => s.restoreLink({ from: a, to: b }, true) }
      : { key: 'cut-both', label: t('linkMenu.cutBoth', { a, b }), hint: t('linkMenu.cutBothHint'), run: (s) => s.cut({ from: a, to: b }, true) },
  );
  items.push({
    key: 'quality',
    label: t('linkMenu.quality'),
    hint: t('linkMenu.qualityHint'),
    run: (s) => {
      s.setLinkFocus({ from: a, to: b });
      s.setSideTab('network');
    },
  });
  return items;
}
