import type { FrameClock } from '../frameClock.ts';
import type { SocketFactory, SocketLike } from './bridgeSocket.ts';
import { RealDriver } from './realDriver.ts';

// A WebSocket stand-in for the real driver's tests: records what the page sends and lets the test
// play the bridge. No code of the playground imports this.

export class FakeSocket implements SocketLike {
  readonly sent: unknown[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;

  constructor(readonly url: string) {}

  send(text: string): void {
    this.sent.push(JSON.parse(text));
  }

  close(): void {
    this.closed = true;
  }

  /** The bridge accepts the link. */
  open(): void {
    this.onopen?.();
  }

  /** The bridge sends a frame (an object is sent as its JSON). */
  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  end(code: number): void {
    this.onclose?.({ code });
  }
}

/** A factory that keeps the sockets it made, newest last. */
export function fakeSockets(): { factory: SocketFactory; sockets: FakeSocket[] } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    factory: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
  };
}

/** A real driver whose bridge (played by the test) accepted the link and welcomed it with 3 servers. */
export function welcomedRealDriver(clock: FrameClock, welcomeFrame: unknown): { driver: RealDriver; socket: FakeSocket } {
  const { factory, sockets } = fakeSockets();
  const driver = new RealDriver({ clock, address: { ok: true, url: 'ws://127.0.0.1:1/bridge?token=t', servedByBridge: false }, socket: factory });
  const socket = sockets[0]!;
  socket.open();
  socket.receive(welcomeFrame);
  return { driver, socket };
}
