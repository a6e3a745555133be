// A server's menu (the ⋯ button, the context-menu key): its items and their hints. Loaded with the menu;
// the button's own label is on the first screen.

export const nodeMenu = {
  'nodeMenu.crash': 'Crash',
  'nodeMenu.crashHint': 'silent: peers notice by timeout',
  'nodeMenu.kill': 'Kill',
  'nodeMenu.killHint': 'connections reset: noticed at once',
  'nodeMenu.pause': 'Pause',
  'nodeMenu.pauseHint': 'frozen, like a long GC pause',
  'nodeMenu.resume': 'Resume',
  'nodeMenu.resumeHint': 'it works through what queued up',
  'nodeMenu.restart': 'Restart',
  'nodeMenu.restartHint': 'kill, then start again from disk',
  'nodeMenu.restartDownHint': 'a new process, from its disk',
  'nodeMenu.isolate': 'Isolate',
  'nodeMenu.isolateHint': 'keeps running, no messages in or out',
  'nodeMenu.reconnect': 'Reconnect',
  'nodeMenu.reconnectHint': 'back on the network',
} as const;
