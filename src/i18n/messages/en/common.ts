// Words every part of the page uses. Keys are "area.what"; values are ICU MessageFormat.

export const common = {
  'common.server': 'Server {id}',
  'common.servers': '{count, plural, one {# server} other {# servers}}',
  'common.language': 'Language',
  'common.close': 'Close',
} as const;
