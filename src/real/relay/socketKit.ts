import net from 'node:net';

// Plain TCP ends for the relay's socket tests: a listening "server" that records what each
// accepted connection received, and a dialing "client" that records what came back.

export interface Recorded {
  socket: net.Socket;
  received: Buffer[];
  ended: boolean;
  closed: boolean;
}

export function record(socket: net.Socket): Recorded {
  const recorded: Recorded = { socket, received: [], ended: false, closed: false };
  socket.on('data', (chunk: Buffer) => recorded.received.push(chunk));
  socket.on('end', () => (recorded.ended = true));
  socket.on('error', () => undefined);
  socket.on('close', () => (recorded.closed = true));
  return recorded;
}

export function text(recorded: Recorded): string {
  return Buffer.concat(recorded.received).toString('latin1');
}

export interface RecordingServer {
  accepted: Recorded[];
  close(): Promise<void>;
}

export function listenRecording(port: number): Promise<RecordingServer> {
  const accepted: Recorded[] = [];
  const server = net.createServer({ allowHalfOpen: true }, (socket) => accepted.push(record(socket)));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        accepted,
        close: () =>
          new Promise((done) => {
            for (const a of accepted) a.socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

export function dial(port: number): Promise<Recorded> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.removeListener('error', reject);
      resolve(record(socket));
    });
  });
}

/** Lets the event loop run for a while: to show that something does NOT happen during a hold. */
export function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
