// The picture of the ensemble: servers, their captions and menus, links and their menus.

export const topology = {
  'topology.label': 'The servers. Click a server to crash it, click again to restart it; shift-click adds it to a partition group. Arrow keys move between servers; the menu key opens more faults. Click a link to cut it.',
  'node.label': 'Node {id}, {state}',
  'node.labelPending': 'Node {id}, {state} (not yet established)',
  'node.labelDeposed': 'Node {id}, still thinks it leads epoch {epoch}',
  'node.hintDown': 'Click to restart it.',
  'node.hintUp': 'Click to crash it (silent failure).',
  'node.title': '{hint} Shift-click (or Shift+Enter) puts it in a partition group. Right-click or press the menu key for kill, pause, restart, isolate.',
  'caption.stale': 'STALE LEADER',
  'caption.votes': '{word} · votes {vote}',
  'caption.meta': 'epoch {epoch} · {zxid}',
  'caption.staleNote': 'still thinks it leads epoch {epoch}',
  'caption.decides': 'decides in {seconds} s',
  'caption.nextRound': 'next round in {seconds} s',
  'syncBadge.label': 'Server {id} synced with {mode}',

  'link.stateBoth': 'cut both ways',
  'link.stateOneWay': 'cut {from} to {to}',
  'link.stateUp': 'up',
  'link.hitLabel': 'Link between servers {a} and {b}: {state}. Opens a menu to cut or restore it.',
  'link.hitTitle': 'Link {a} ↔ {b} ({state}): click to cut or restore it',
  'link.slow': 'Link {from} → {to} has its own loss or delay',
  'link.cut': 'Link {from} → {to} is cut',
} as const;
