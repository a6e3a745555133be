import type { OpenChannel } from './peerTransport.ts';
import type { TimerApi } from './simScheduler.ts';

// The browser's side of the injected environment, shared by the page and the workers' entries.

/** Real time and timers: the page's origin-relative clock made absolute, and setTimeout. */
export const browserTimers: TimerApi = {
  realNowMs: () => performance.timeOrigin + performance.now(),
  setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A BroadcastChannel as a transport end. */
export const openBroadcastChannel: OpenChannel = (name, onMessage) => {
  const channel = new BroadcastChannel(name);
  if (onMessage) channel.onmessage = (event) => onMessage(event.data);
  return { post: (data) => channel.postMessage(data), close: () => channel.close() };
};
