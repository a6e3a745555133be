import type { ClientOutput } from './client.ts';
import { readTimeoutMsOf, send, setTimer, type ClientMachine } from './clientMachine.ts';

// The ping side of ClientCnxn.SendThread.run: at each turn of its loop (a reply read, a request
// written, or its sleep ending) it pings when timeToNextPing = readTimeout/2 − idleSend − (1000 if
// idleSend > 1000) is ≤ 0, or when nothing was sent for over MAX_SEND_PING_INTERVAL; else it sleeps.

/** ZooKeeper's xid for pings (PING_XID). */
export const PING_REQUEST_ID = -2;
/** ClientCnxn.SendThread.run: ping at any turn of the loop once nothing was sent for longer than this. */
export const MAX_SEND_PING_INTERVAL_MS = 10_000;
/** SendThread.run pings this much early once idle that long, "to prevent race condition missing to send the second ping". */
const PING_EARLY_MS = 1000;

function timeToNextPingMs(c: ClientMachine, idleSendMs: number): number {
  return Math.floor(readTimeoutMsOf(c) / 2) - idleSendMs - (idleSendMs > PING_EARLY_MS ? PING_EARLY_MS : 0);
}

/** One turn of SendThread.run's loop while connected: ping now, or sleep until it is time. */
export function sendThreadTurn(c: ClientMachine, out: ClientOutput[], nowMs: number): void {
  if (c.link === null || c.link.phase !== 'connected') return;
  const idleSendMs = nowMs - c.lastSentMs;
  const untilPingMs = timeToNextPingMs(c, idleSendMs);
  if (untilPingMs <= 0 || idleSendMs > MAX_SEND_PING_INTERVAL_MS) {
    send(c, out, c.link.server, PING_REQUEST_ID, { type: 'ping', sessionId: c.sessionId }, nowMs);
    // The turn right after writing the ping finds nothing idle.
    sleepSendThreadUntil(c, out, nowMs + timeToNextPingMs(c, 0));
  } else {
    sleepSendThreadUntil(c, out, nowMs + untilPingMs);
  }
}

/** The ping timer is re-armed only to move it earlier; firing early, it just waits on (no turn). */
function sleepSendThreadUntil(c: ClientMachine, out: ClientOutput[], atMs: number): void {
  c.sendThreadWakeMs = atMs;
  if (c.armed.has('client-ping') && c.pingTimerAtMs <= atMs) return;
  c.pingTimerAtMs = atMs;
  setTimer(c, out, 'client-ping', atMs);
}

/** The ping timer fired: if SendThread is still asleep, wait on; else take a turn. */
export function onPingTimer(c: ClientMachine, out: ClientOutput[], nowMs: number): void {
  if (c.link === null || c.link.phase !== 'connected') return;
  if (nowMs < c.sendThreadWakeMs) {
    c.pingTimerAtMs = c.sendThreadWakeMs;
    setTimer(c, out, 'client-ping', c.sendThreadWakeMs);
    return;
  }
  sendThreadTurn(c, out, nowMs);
}
