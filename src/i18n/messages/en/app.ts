// The page's frame: its title and its landmarks.

export const app = {
  'app.title': 'ZooKeeper Failover Playground',
  'app.heading': 'Failover Playground',
  'app.topology': 'Topology',
  // The re-run badge beside the title; the script panel's words load with the panel.
  'script.rerun.badge': '↻ Re-run',
  'script.rerun.badgeTitle': 'A re-run in the simulator: the actions of a run recorded with the Web Worker servers, replayed deterministically',
  'script.rerun.badgeLabel': 'Re-run in the simulator of a live run',
  // Drawn at boot, before compare mode's words could load (src/ui/boot.ts).
  'compare.notice.unknownSetup': '{param}={given} is not a compare set-up ({known}); opening the playground instead.',
} as const;
