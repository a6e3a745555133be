import { JUTE_MAX_BUFFER_BYTES, packetProblem, pathIssue, utf8Length } from '../../driver/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { code } from '../../i18n/codeText.ts';

// Znode path and value rules, checked before anything is sent, in plain words. The rules are
// ZooKeeper's PathUtils.validatePath and jute.maxbuffer, defined once in src/core (path.ts,
// limits.ts), which the scenario parser and the leader apply too; only the words are the page's
// (the catalogs' data.path.* and data.value.*).

/**
 * Why `path` is not a znode path, or null when it is. A sequential create may end in "/": the
 * server appends the sequence number ("/jobs/" becomes "/jobs/0000000003").
 */
export function pathProblem(path: string, t: Translate, sequential = false): string | null {
  // As the leader does: a sequential path is checked with its suffix.
  const issue = pathIssue(sequential && path !== '/' ? path + '1' : path);
  if (issue === null) return null;
  switch (issue.kind) {
    case 'empty':
      return t('data.path.empty', { example: code('/app/config') });
    case 'no-leading-slash':
      return t('data.path.noLeadingSlash', { suggestion: code(`/${path}`) });
    case 'trailing-slash':
      return t('data.path.trailingSlash');
    case 'null-character':
    case 'bad-character':
      return t('data.path.badCharacter', { at: issue.at + 1 });
    case 'empty-name':
      return t('data.path.emptyName');
    case 'relative':
      return t('data.path.relative');
  }
}

/** Why a request with this value (and path) would exceed jute.maxbuffer, or null. */
export function valueProblem(value: string, t: Translate, path = ''): string | null {
  // The rule is core's (limits.ts packetProblem); only the words are the page's.
  if (packetProblem(path, value) === null) return null;
  const bytes = utf8Length(value) + utf8Length(path);
  return t('data.value.tooLarge', { limit: JUTE_MAX_BUFFER_BYTES, bytes });
}

/** A version for set or delete: a whole number, or -1 for "any version". */
export function parseVersion(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d{1,11}$/.test(t)) return null;
  const v = Number(t);
  return v >= -1 && v <= 2 ** 31 - 1 ? v : null;
}
