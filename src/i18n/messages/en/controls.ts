// The toolbar and a server's fault menu (the settings dialog's words are in settings.ts).

export const controls = {
  'toolbar.label': 'Controls',
  'toolbar.pause': '❚❚ Pause',
  'toolbar.resume': '▶ Resume',
  'toolbar.showMessages': 'Show messages',
  'toolbar.split': '⊘ Split off leader',
  'toolbar.splitTitle': 'Cut the network in two, with the current leader on the smaller side',
  'toolbar.heal': '⇄ Heal network',
  'toolbar.settings': '⚙ Settings',
  'toolbar.reset': '↺ Reset',
  'toolbar.resetTitle': 'Start the same cluster again from scratch',
  'toolbar.speed': 'Speed',

  // The server menu's button; the menu's items load with it (nodeMenu.ts).
  'nodeMenu.label': 'Actions for node {id}',
  // The buttons that open the diagram and compare mode, which bring the rest of their words.
  'spacetime.toggle': 'Space-time diagram',
  'spacetime.toggleTitle': 'A lane per server, time to the right, an arrow per message',
  'compare.open': '⇆ Compare',
  'compare.openTitle': 'Two clusters side by side under one clock: the article’s detector against ZooKeeper’s, crash against kill, two timeout settings',
  // The button that opens the shortcuts overlay, whose words load with it (shortcuts.ts).
  'shortcuts.open': 'Keyboard shortcuts (?)',
} as const;
