import type { NodeSnapshot } from '../../driver/index.ts';
import type { AppState } from '../../store/index.ts';
import type { Translate } from '../../i18n/translate.ts';

// The per-server fault menu's entries for a server in a given state (pure, so the choice is testable).

export interface MenuItem {
  key: string;
  label: string;
  hint: string;
  run: (s: AppState, id: number) => void;
}

export function menuItems(node: NodeSnapshot, isolated: boolean, t: Translate): MenuItem[] {
  const items: MenuItem[] = [];
  if (node.status === 'down') {
    items.push({ key: 'restart', label: t('nodeMenu.restart'), hint: t('nodeMenu.restartDownHint'), run: (s, id) => s.restart(id) });
  } else {
    items.push({ key: 'crash', label: t('nodeMenu.crash'), hint: t('nodeMenu.crashHint'), run: (s, id) => s.crash(id) });
    items.push({ key: 'kill', label: t('nodeMenu.kill'), hint: t('nodeMenu.killHint'), run: (s, id) => s.kill(id) });
    if (node.status === 'paused') items.push({ key: 'resume', label: t('nodeMenu.resume'), hint: t('nodeMenu.resumeHint'), run: (s, id) => s.resume(id) });
    else items.push({ key: 'pause', label: t('nodeMenu.pause'), hint: t('nodeMenu.pauseHint'), run: (s, id) => s.pause(id) });
    items.push({ key: 'restart', label: t('nodeMenu.restart'), hint: t('nodeMenu.restartHint'), run: (s, id) => s.restart(id) });
  }
  if (isolated) items.push({ key: 'reconnect', label: t('nodeMenu.reconnect'), hint: t('nodeMenu.reconnectHint'), run: (s, id) => s.reconnect(id) });
  else items.push({ key: 'isolate', label: t('nodeMenu.isolate'), hint: t('nodeMenu.isolateHint'), run: (s, id) => s.isolate(id) });
  return items;
}
