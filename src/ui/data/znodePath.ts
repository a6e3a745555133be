// Znode path and value rules, checked before anything is sent, in plain words. They follow
// ZooKeeper's PathUtils.validatePath (the Java client checks the same before sending).

/** jute.maxbuffer's default: ZooKeeper refuses a larger packet, so a larger value. */
export const MAX_VALUE_BYTES = 1024 * 1024;

const DISALLOWED: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0xd800, 0xf8ff],
  [0xfff0, 0xffff],
];

function badCharAt(path: string): number {
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (DISALLOWED.some(([lo, hi]) => code >= lo && code <= hi)) return i;
  }
  return -1;
}

/**
 * Why `path` is not a znode path, or null when it is. A sequential create may end in "/": the
 * server appends the sequence number ("/jobs/" becomes "/jobs/0000000003").
 */
export function pathProblem(path: string, sequential = false): string | null {
  if (path.length === 0) return 'Type a path, like /app/config.';
  if (!path.startsWith('/')) return `A path starts with "/": try /${path}.`;
  const bad = badCharAt(path);
  if (bad >= 0) return `A path cannot hold control or special characters (character ${bad + 1}).`;
  if (path === '/') return null;
  const body = sequential && path.endsWith('/') ? path.slice(1) + '1' : path.slice(1);
  if (body.endsWith('/')) return 'A path does not end with "/".';
  const names = body.split('/');
  if (names.includes('')) return 'A path has no empty names: "//" is not allowed.';
  if (names.some((n) => n === '.' || n === '..')) return 'A path has no "." or ".." names: znode paths are always absolute.';
  return null;
}

/** UTF-8 length, what ZooKeeper counts against its limit. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function valueProblem(value: string): string | null {
  const bytes = utf8Bytes(value);
  return bytes > MAX_VALUE_BYTES ? `A value holds at most 1 MiB (ZooKeeper's jute.maxbuffer); this one is ${bytes.toLocaleString('en-US')} bytes.` : null;
}

/** A version for set or delete: a whole number, or -1 for "any version". */
export function parseVersion(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return null;
  const v = Number(t);
  return v >= -1 && v <= 2 ** 31 - 1 ? v : null;
}
