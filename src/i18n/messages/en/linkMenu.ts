// A link's menu (click a link): cut it one way or both, restore it, set its loss and delay. Loaded
// with the menu.

export const linkMenu = {
  'linkMenu.label': 'Link between servers {a} and {b}',
  'linkMenu.title': 'Link {a} ↔ {b}',
  'linkMenu.restore': 'Restore {from} → {to}',
  'linkMenu.restoreHint': 'messages flow this way again',
  'linkMenu.partitioned': '{from} → {to} is cut by the partition',
  'linkMenu.partitionedHint': 'heal the partition to restore it',
  'linkMenu.cut': 'Cut {from} → {to}',
  'linkMenu.cutHint': 'one way: {to} stops hearing {from}',
  'linkMenu.restoreBoth': 'Restore {a} ↔ {b}',
  'linkMenu.restoreBothHint': 'both directions back',
  'linkMenu.cutBoth': 'Cut {a} ↔ {b}',
  'linkMenu.cutBothHint': 'both ways, like a pulled cable',
  'linkMenu.quality': 'Loss and delay…',
  'linkMenu.qualityHint': 'per-link settings, in the Network tab',
} as const;
