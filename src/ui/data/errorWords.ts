import type { ClientErrorCode } from '../../driver/index.ts';

// What each ZooKeeper error code means, for people who have not met it yet.

const words: Record<ClientErrorCode, string> = {
  NONODE: 'No such node. For a create, it is the parent that is missing: create the parent first.',
  NODEEXISTS: 'A node with this path exists already.',
  NOTEMPTY: 'The node has children: delete them first.',
  BADVERSION: 'The version you gave is not the node’s current version (use -1 for any version).',
  NOCHILDRENFOREPHEMERALS: 'Ephemeral nodes cannot have children.',
  BADARGUMENTS: 'The server refused the arguments.',
  NOAUTH: 'The node’s ACL does not allow this: /zookeeper/config is read-only for clients.',
  SESSIONEXPIRED: 'The session has expired: the ensemble forgot it and deleted its ephemerals. This client handle is dead.',
  CONNECTIONLOSS: 'The connection to the server broke before an answer came: the outcome is unknown (the write may or may not have happened).',
  NOTREADONLY: 'This server is read-only right now.',
};

export function errorWords(code: ClientErrorCode): string {
  return words[code] ?? '';
}

/** Why a write cannot commit when no leader has a quorum. */
export const NO_QUORUM_WORDS = 'No leader has a quorum, so no write can commit.';

/** Why a write through this server cannot commit. */
export function cutOffWords(server: number): string {
  return `Server ${server} is out of touch with a quorum: a server without one stops serving and drops its clients, so no write commits through it.`;
}
