import zookeeper, { type Client, type Stat } from 'node-zookeeper-client';
import type { UserOp } from '../../core/client.ts';
import type { CreateMode } from '../../core/types.ts';
import type { FollowUp, OpOutcome } from './childProtocol.ts';
import { ZK_CODES } from './errorCodes.ts';
import type { ConnectionInternals } from './libraryInternals.ts';
import { zxidOf } from './wireNumbers.ts';

// Each application call as node-zookeeper-client's call, and its answer as an OpOutcome. A create
// or delete answer carries no zxid in this library's API, but the reply header does, and the library
// stores it just before the callback runs (ConnectionManager.onSocketData): FinalRequestProcessor
// puts the zxid of the transaction it applied there. After a NOTEMPTY or BADVERSION one read says
// which children, which version, so the answer's problem is told, not guessed.

const MODES: Record<CreateMode, number> = {
  persistent: zookeeper.CreateMode.PERSISTENT,
  ephemeral: zookeeper.CreateMode.EPHEMERAL,
  'persistent-sequential': zookeeper.CreateMode.PERSISTENT_SEQUENTIAL,
  'ephemeral-sequential': zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL,
};

export function codeOf(error: unknown): number {
  const getCode = (error as { getCode?: unknown } | null)?.getCode;
  return typeof getCode === 'function' ? Number(getCode.call(error)) : -1;
}

type Answer = (outcome: OpOutcome) => void;

function childrenOf(client: Client, path: string, then: (followUp: FollowUp) => void): void {
  client.getChildren(path, (error, children) => then(error ? { zkCode: codeOf(error) } : { children: [...children].sort() }));
}

function versionOf(client: Client, path: string, then: (followUp: FollowUp) => void): void {
  client.exists(path, (error, stat) => then(error ? { zkCode: codeOf(error) } : stat ? { version: stat.version } : { zkCode: ZK_CODES.NONODE }));
}

/** Sends the call; throws when the library refuses its arguments outright. */
export function runCall(client: Client, internals: ConnectionInternals, op: Exclude<UserOp, { type: 'close' }>, answer: Answer): void {
  const failed = (error: unknown, followUp: FollowUp | null = null): void => answer({ ok: false, zkCode: codeOf(error), followUp });
  // Read inside the callback, before any other reply can replace it.
  const replyZxid = (): number => zxidOf(internals.zxid);
  switch (op.type) {
    case 'create':
      return client.create(op.path, Buffer.from(op.value, 'utf8'), MODES[op.mode], (error, path) => (error ? failed(error) : answer({ ok: true, type: 'created', path, zxid: replyZxid() })));
    case 'set':
      return client.setData(op.path, Buffer.from(op.value, 'utf8'), op.version, (error, stat) => {
        if (!error) return answer({ ok: true, type: 'set', zxid: zxidOf(stat.mzxid), version: stat.version });
        if (codeOf(error) !== ZK_CODES.BADVERSION) return failed(error);
        versionOf(client, op.path, (followUp) => failed(error, followUp));
      });
    case 'delete':
      return client.remove(op.path, op.version, (error) => {
        if (!error) return answer({ ok: true, type: 'deleted', zxid: replyZxid() });
        const code = codeOf(error);
        if (code === ZK_CODES.NOTEMPTY) return childrenOf(client, op.path, (followUp) => failed(error, followUp));
        if (code === ZK_CODES.BADVERSION) return versionOf(client, op.path, (followUp) => failed(error, followUp));
        failed(error);
      });
    case 'get':
      return client.getData(op.path, (error, data, stat: Stat) => {
        if (error) return failed(error);
        answer({ ok: true, type: 'data', value: data === null || data === undefined ? '' : data.toString('utf8'), version: stat.version, zxid: zxidOf(stat.mzxid), serverZxid: replyZxid() });
      });
  }
}
