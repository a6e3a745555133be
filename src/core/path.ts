// Znode path syntax, following the rules of ZooKeeper's PathUtils.validatePath.

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

function charError(path: string): string | null {
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code === 0) return `null character not allowed @${i}`;
    if (isDisallowed(code)) return `invalid character @${i}`;
  }
  return null;
}

function segmentError(path: string): string | null {
  // Scans the segments in place (no split: every write validates its path). Segment k starts right
  // after the k-th slash; the caller has ruled out a trailing slash.
  let start = 1;
  while (start <= path.length) {
    let end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    const length = end - start;
    if (length === 0) return `empty node name specified @${start}`;
    if (path.charCodeAt(start) === 0x2e && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === 0x2e))) {
      return `relative paths not allowed @${start}`;
    }
    start = end + 1;
  }
  return null;
}

function reason(path: string): string | null {
  if (path.length === 0) return 'Path length must be > 0';
  if (path[0] !== '/') return 'Path must start with / character';
  if (path.length === 1) return null;
  if (path.endsWith('/')) return 'Path must not end with / character';
  return charError(path) ?? segmentError(path);
}

/** An error message when `path` is not a valid znode path, null when it is. */
export function validatePath(path: string): string | null {
  const why = reason(path);
  return why === null ? null : `Invalid path string "${path}" caused by ${why}`;
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
