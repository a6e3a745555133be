// Words for assistive technology: the skip link and the live region's announcements (src/ui/a11y/).

export const a11y = {
  'a11y.skipToServers': 'Skip to servers',
  'a11y.suspectedByOne': 'Server {by} suspects server {peer}.',
  'a11y.suspectedByMany': '{count, plural, one {# server suspects} other {# servers suspect}} server {peer}.',
  'a11y.elected': 'Server {leader} leads epoch {epoch}; a quorum follows it.',
} as const;
