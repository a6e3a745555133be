import type { Zxid } from '../../core/types.ts';
import { hex } from './logParse.ts';

// The text of `srvr` and `mntr`. A server that is not serving (LOOKING, or still syncing) answers
// srvr with one sentence instead of the fields.

export type SrvrMode = 'leader' | 'follower' | 'observer' | 'standalone';

export type SrvrAnswer =
  | { serving: false }
  | { serving: true; version: string | null; zxid: Zxid; mode: SrvrMode; nodeCount: number | null; outstanding: number | null; connections: number | null };

const MODES: readonly string[] = ['leader', 'follower', 'observer', 'standalone'];

export function parseSrvr(text: string): SrvrAnswer | null {
  if (text.includes('not currently serving requests')) return { serving: false };
  const fields = fieldsOf(text, ': ');
  const mode = fields.get('Mode');
  const zxid = fields.get('Zxid');
  if (mode === undefined || !MODES.includes(mode) || zxid === undefined || !/^0x[0-9a-f]+$/.test(zxid)) return null;
  return {
    serving: true,
    version: fields.get('Zookeeper version') ?? null,
    zxid: hex(zxid.slice(2)),
    mode: mode as SrvrMode,
    nodeCount: numberOrNull(fields.get('Node count')),
    outstanding: numberOrNull(fields.get('Outstanding')),
    connections: numberOrNull(fields.get('Connections')),
  };
}

/** mntr's tab-separated keys and values (zk_synced_followers, zk_global_sessions, ...). */
export function parseMntr(text: string): Map<string, string> {
  return fieldsOf(text, '\t');
}

export function numberOrNull(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

function fieldsOf(text: string, separator: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const at = line.indexOf(separator);
    if (at > 0) fields.set(line.slice(0, at).trim(), line.slice(at + separator.length).trim());
  }
  return fields;
}
