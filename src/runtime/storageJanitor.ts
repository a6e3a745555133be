// Every cluster's disks are IndexedDB databases named `zk:<cluster>:<id>`. A tab holds a Web Lock
// named `zk:<cluster>` while its cluster lives; at start, databases whose cluster lock nobody holds
// belong to tabs that closed without cleaning up, and are deleted (diskCleanup.ts). Other open tabs
// keep theirs.

export interface ClusterLock {
  /** Resolves once the lock is held (or at once where Web Locks are missing). */
  held: Promise<void>;
  release(): void;
}

export function lockName(cluster: string): string {
  return `zk:${cluster}`;
}

export function holdClusterLock(cluster: string): ClusterLock {
  let release = (): void => {};
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return { held: Promise.resolve(), release };
  const held = new Promise<void>((granted) => {
    void locks.request(lockName(cluster), () => {
      granted();
      return new Promise<void>((done) => {
        release = done;
      });
    });
  });
  return { held, release: () => release() };
}
