// The right-hand panel's tabs.

export const side = {
  'side.tabs': 'Panels',
  'side.tab.events': 'Events',
  'side.tab.data': 'Data',
  'side.tab.clients': 'Clients',
  'side.tab.network': 'Network',
  'side.tab.metrics': 'Metrics',
  'side.tab.script': 'Script',
  'side.loading': 'Loading…',
} as const;
