export { createAppStore } from './createAppStore.ts';
export { connectDriver } from './bridge.ts';
export { TIMELINE_CAP } from './commit.ts';
export * from './selectors.ts';
export * from './groups.ts';
export * from './lag.ts';
export { latestOp, OPS_KEPT, type OpRecord, type OpStatus } from './opTracking.ts';
export { syncBadge, SYNC_BADGE_MS, type RecoveryInfo, type SessionEnd, type SyncMode } from './recovery.ts';
export type * from './types.ts';
