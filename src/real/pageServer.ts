import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_FRAME_BYTES } from './commands.ts';

// The bridge's face to the browser: the built page over HTTP, and one WebSocket path for the
// page's `real` driver. Browsers apply no CORS to WebSockets, so any page the user opens could
// try to reach a local process that kills others (real-zookeeper.md, Security). Hence: 127.0.0.1
// only, a token from the printed URL, and the Origin of the page this server itself serves.

export const BRIDGE_HOST = '127.0.0.1';
export const BRIDGE_PATH = '/bridge';

export interface PageServerOptions {
  port: number;
  /** The built page (vite build's dist/). */
  distDir: string;
  token: string;
  /** Origins besides this server's own that may connect (e.g. the dev server, `npm start`). */
  extraOrigins?: readonly string[];
  onConnection(socket: WebSocket): void;
}

export interface PageServer {
  readonly port: number;
  /** The URL to open: the page, on the real driver, with the token. */
  readonly pageUrl: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Why an upgrade is refused, or null to accept it. Exported for the tests. */
export function upgradeRefusal(
  request: Pick<IncomingMessage, 'url' | 'headers'>,
  token: string,
  origins: ReadonlySet<string>,
): { status: number; reason: string } | null {
  const url = new URL(request.url ?? '/', 'http://bridge');
  if (url.pathname !== BRIDGE_PATH)
    return { status: 404, reason: `the bridge listens on ${BRIDGE_PATH} only` };
  const given = url.searchParams.get('token') ?? '';
  if (!sameSecret(given, token))
    return { status: 401, reason: 'missing or wrong token: open the URL the bridge printed' };
  const origin = request.headers.origin;
  if (origin === undefined || !origins.has(origin))
    return {
      status: 403,
      reason: `origin ${origin ?? '(none)'} may not connect: open the URL the bridge printed`,
    };
  return null;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} Refused\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

async function servePage(distDir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://bridge').pathname);
  const relative = normalize(pathname === '/' ? '/index.html' : pathname);
  const file = join(distDir, relative);
  if (!file.startsWith(distDir + sep)) {
    response.writeHead(404).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
  }
}

export async function startPageServer(options: PageServerOptions): Promise<PageServer> {
  const distDir = normalize(options.distDir);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const http: Server = createServer((request, response) => {
    servePage(distDir, request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, BRIDGE_HOST, () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origins = new Set([
    `http://${BRIDGE_HOST}:${port}`,
    `http://localhost:${port}`,
    ...(options.extraOrigins ?? []),
  ]);
  http.on('upgrade', (request, socket, head) => {
    const refusal = upgradeRefusal(request, options.token, origins);
    if (refusal) {
      refuseUpgrade(socket, refusal.status, refusal.reason);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => options.onConnection(ws));
  });
  return {
    port,
    pageUrl: `http://${BRIDGE_HOST}:${port}/?driver=real&token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}
