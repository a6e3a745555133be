import { connect } from 'node:net';

// A four-letter word over raw TCP: connect, send the word, read until the server closes. A
// SIGSTOPped JVM still completes the handshake (the kernel does it) and never answers, so the
// deadline covers the whole exchange, not only the connect.

export type FourLetterAnswer = { ok: true; text: string; roundTripMs: number } | { ok: false; failure: 'timeout' | 'refused' | 'error'; detail: string };

export function fourLetterWord(port: number, word: string, timeoutMs: number, nowMs: () => number = () => performance.now()): Promise<FourLetterAnswer> {
  const startedMs = nowMs();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (answer: FourLetterAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ ok: false, failure: 'timeout', detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.on('connect', () => socket.end(word));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      finish(text === '' ? { ok: false, failure: 'error', detail: 'closed without an answer' } : { ok: true, text, roundTripMs: nowMs() - startedMs });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, failure: error.code === 'ECONNREFUSED' ? 'refused' : 'error', detail: error.message }));
  });
}
