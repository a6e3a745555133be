import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fourLetterWord } from './fourLetter.ts';

/** A server on 127.0.0.1 that answers the word it reads with `reply`, or never answers. */
async function listen(reply: ((word: string) => string) | null): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  // Half-open: like a stopped JVM, it does not close its side when the client finishes sending.
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.push(socket);
    socket.on('data', (data) => {
      if (reply) socket.end(reply(data.toString()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, sockets };
}

describe('fourLetterWord', () => {
  const servers: Array<{ server: Server; sockets: Socket[] }> = [];
  afterEach(async () => {
    for (const { server, sockets } of servers.splice(0)) {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sends the word and returns the whole answer', async () => {
    const listening = await listen((word) => `you said ${word}\nMode: leader\n`);
    servers.push(listening);
    const answer = await fourLetterWord(listening.port, 'srvr', 2000);
    expect(answer).toMatchObject({ ok: true, text: 'you said srvr\nMode: leader\n' });
  });

  it('times out on a server that accepts and never answers (a SIGSTOPped JVM)', async () => {
    const listening = await listen(null);
    servers.push(listening);
    expect(await fourLetterWord(listening.port, 'srvr', 100)).toMatchObject({ ok: false, failure: 'timeout' });
  });

  it('takes a close without any answer as a failure', async () => {
    const listening = await listen(() => '');
    servers.push(listening);
    expect(await fourLetterWord(listening.port, 'srvr', 2000)).toMatchObject({ ok: false, failure: 'error' });
  });

  it('tells a refused connection', async () => {
    const listening = await listen(null);
    const port = listening.port;
    await new Promise((resolve) => listening.server.close(resolve));
    expect(await fourLetterWord(port, 'srvr', 2000)).toMatchObject({ ok: false, failure: 'refused' });
  });
});
