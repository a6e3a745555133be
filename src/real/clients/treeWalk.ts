import type { Client, Stat } from 'node-zookeeper-client';
import { ZOOKEEPER_PATH } from '../../core/path.ts';
import type { ZnodeData, Zxid } from '../../core/types.ts';
import type { ConnectionInternals } from './libraryInternals.ts';
import { sessionNumberOf, zxidOf } from './wireNumbers.ts';

// One read of a server's whole user tree over a reader session: every znode's data and stat, and
// its children, breadth first, all requests pipelined on the one connection. Each reply carries the
// server's last processed zxid (its ReplyHeader); when the first and last agree, no transaction
// landed on that server during the walk, so the tree is that zxid's tree and not a torn one.

/** A walk stops beyond this many znodes: a playground's tree is far smaller, and the work stays bounded. */
export const MAX_WALK_NODES = 5_000;

export type WalkResult = { ok: true; nodes: ZnodeData[]; minZxid: Zxid; maxZxid: Zxid } | { ok: false; detail: string };

interface WalkState {
  nodes: ZnodeData[];
  minZxid: Zxid;
  maxZxid: Zxid;
  pending: number;
  failure: string | null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function nodeOf(path: string, data: Buffer | null, stat: Stat): ZnodeData {
  return {
    path,
    value: data === null ? '' : data.toString('utf8'),
    ephemeralOwner: sessionNumberOf(stat.ephemeralOwner),
    version: stat.version,
    czxid: zxidOf(stat.czxid),
    mzxid: zxidOf(stat.mzxid),
    cversion: stat.cversion,
  };
}

function childPath(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

export function walkTree(client: Client, internals: ConnectionInternals): Promise<WalkResult> {
  return new Promise((resolve) => {
    const state: WalkState = { nodes: [], minZxid: Number.MAX_SAFE_INTEGER, maxZxid: 0, pending: 0, failure: null };

    // Read synchronously inside each callback: the library sets it from this reply's header just before.
    const noteReply = (): void => {
      const zxid = zxidOf(internals.zxid);
      state.minZxid = Math.min(state.minZxid, zxid);
      state.maxZxid = Math.max(state.maxZxid, zxid);
    };
    const settle = (): void => {
      if (--state.pending > 0) return;
      if (state.failure !== null) resolve({ ok: false, detail: state.failure });
      else resolve({ ok: true, nodes: state.nodes.sort((a, b) => (a.path < b.path ? -1 : 1)), minZxid: state.minZxid, maxZxid: state.maxZxid });
    };
    const fail = (detail: string): void => {
      state.failure ??= detail;
    };

    const visit = (path: string): void => {
      if (state.failure !== null) return;
      if (state.nodes.length + state.pending > MAX_WALK_NODES) return fail(`the tree has more than ${MAX_WALK_NODES} znodes`);
      if (path !== '/') {
        state.pending++;
        client.getData(path, (error, data, stat) => {
          noteReply();
          // A znode deleted between its parent's listing and this read is a change: the zxids will differ.
          if (error) fail(`reading ${path}: ${errorText(error)}`);
          else state.nodes.push(nodeOf(path, data, stat));
          settle();
        });
      }
      state.pending++;
      client.getChildren(path, (error, children) => {
        noteReply();
        if (error) fail(`listing ${path}: ${errorText(error)}`);
        else for (const name of children) if (!(path === '/' && `/${name}` === ZOOKEEPER_PATH)) visit(childPath(path, name));
        settle();
      });
    };

    visit('/');
  });
}
