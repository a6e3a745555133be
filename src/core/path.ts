// Znode path syntax, following the rules of ZooKeeper's PathUtils.validatePath, and the paths the
// server owns (DataTree's /zookeeper, /zookeeper/quota, /zookeeper/config).

/** Why a path is refused, as data: the scenario parser, the page and the server word it each their way. */
export type PathIssue =
  | { kind: 'empty' }
  | { kind: 'no-leading-slash' }
  | { kind: 'trailing-slash' }
  | { kind: 'null-character'; at: number }
  | { kind: 'bad-character'; at: number }
  | { kind: 'empty-name'; at: number }
  | { kind: 'relative'; at: number };

/**
 * Code units ZooKeeper refuses in a path: controls, surrogates, private use, specials. Plain
 * comparisons, not a table walk: every write validates its path.
 */
function isDisallowed(code: number): boolean {
  return (
    (code >= 0x0001 && code <= 0x001f) ||
    (code >= 0x007f && code <= 0x009f) ||
    (code >= 0xd800 && code <= 0xf8ff) ||
    (code >= 0xfff0 && code <= 0xffff)
  );
}

function charIssue(path: string): PathIssue | null {
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code === 0) return { kind: 'null-character', at: i };
    if (isDisallowed(code)) return { kind: 'bad-character', at: i };
  }
  return null;
}

function segmentIssue(path: string): PathIssue | null {
  // Scans the segments in place (no split: every write validates its path). Segment k starts right
  // after the k-th slash; the caller has ruled out a trailing slash.
  let start = 1;
  while (start <= path.length) {
    let end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    const length = end - start;
    if (length === 0) return { kind: 'empty-name', at: start };
    if (path.charCodeAt(start) === 0x2e && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === 0x2e))) {
      return { kind: 'relative', at: start };
    }
    start = end + 1;
  }
  return null;
}

/** What is wrong with `path` as a znode path, or null when it is valid. */
export function pathIssue(path: string): PathIssue | null {
  if (path.length === 0) return { kind: 'empty' };
  if (path[0] !== '/') return { kind: 'no-leading-slash' };
  if (path.length === 1) return null;
  if (path.endsWith('/')) return { kind: 'trailing-slash' };
  return charIssue(path) ?? segmentIssue(path);
}

/** Quotas.procZookeeper: the server's own subtree, present in every tree from the start. */
export const ZOOKEEPER_PATH = '/zookeeper';
/** Quotas.quotaZookeeper. */
export const QUOTA_PATH = '/zookeeper/quota';
/** ZooDefs.CONFIG_NODE: readable by anyone, writable by no client (READ_ACL_UNSAFE, ZOOKEEPER-2014). */
export const CONFIG_PATH = '/zookeeper/config';
/** The znodes every DataTree starts with besides the root, parents first (DataTree's constructor). */
export const SYSTEM_PATHS: readonly string[] = [ZOOKEEPER_PATH, QUOTA_PATH, CONFIG_PATH];

/** DataTree.isSpecialPath: the root and the server's own znodes, which no client may delete. */
export function isSpecialPath(path: string): boolean {
  return path === '/' || SYSTEM_PATHS.includes(path);
}

/** /zookeeper/config and below: its ACL grants clients only READ, so writes there get NOAUTH. */
export function isReadOnlyForClients(path: string): boolean {
  return path === CONFIG_PATH || path.startsWith(CONFIG_PATH + '/');
}

/** The parent's path ('/' for top-level nodes), or null for the root. */
export function parentOf(path: string): string | null {
  if (path === '/') return null;
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** The last segment of the path ('' for the root). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
