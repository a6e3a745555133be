// The page's frame: its title and its landmarks.

export const app = {
  'app.title': 'ZooKeeper Failover Playground',
  'app.heading': 'Failover Playground',
  'app.topology': 'Topology',
} as const;
