export { createAppStore } from './createAppStore.ts';
export { connectDriver } from './bridge.ts';
export { TIMELINE_CAP } from './commit.ts';
export * from './selectors.ts';
export type * from './types.ts';
