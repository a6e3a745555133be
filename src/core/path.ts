// Znode path syntax, following the rules of ZooKeeper's PathUtils.validatePath.

/** Code-unit ranges ZooKeeper refuses in a path (controls, surrogates, private use, specials). */
const DISALLOWED_RANGES: readonly (readonly [number, number])[] = [
  [0x0001, 0x001f],
  [0x007f, 0x009f],
  [0xd800, 0xf8ff],
  [0xfff0, 0xffff],
];

function isDisallowed(code: number): boolean {
  return DISALLOWED_RANGES.some(([lo, hi]) => code >= lo && code <= hi);
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
  // Skip the leading '/': segment k starts right after the k-th slash.
  let offset = 1;
  for (const segment of path.slice(1).split('/')) {
    if (segment === '') return `empty node name specified @${offset}`;
    if (segment === '.' || segment === '..') return `relative paths not allowed @${offset}`;
    offset += segment.length + 1;
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
