import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { BRIDGE_HOST, startPageServer, upgradeRefusal, type PageServer } from './pageServer.ts';

const TOKEN = 'a'.repeat(32);

/** Opens a WebSocket and resolves with the HTTP status it was refused with, or 101 when accepted. */
function tryConnect(url: string, origin: string | undefined): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.on('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.on('error', () => undefined);
  });
}

describe('the page server', () => {
  let dir: string;
  let server: PageServer;
  let accepted = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'page-server-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>page</title>');
    server = await startPageServer({
      port: 0,
      distDir: dir,
      token: TOKEN,
      onConnection: (ws) => (accepted += 1) && ws.close(),
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL with the real driver and the token', () => {
    expect(server.pageUrl).toBe(`http://${BRIDGE_HOST}:${server.port}/?driver=real&token=${TOKEN}`);
  });

  it('serves the built page and nothing outside it', async () => {
    const page = await fetch(`http://${BRIDGE_HOST}:${server.port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>page</title>');
    expect((await fetch(`http://${BRIDGE_HOST}:${server.port}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`http://${BRIDGE_HOST}:${server.port}/`, { method: 'POST' })).status).toBe(405);
  });

  it('accepts the page it serves, with the token', async () => {
    const before = accepted;
    const result = await tryConnect(
      `ws://${BRIDGE_HOST}:${server.port}/bridge?token=${TOKEN}`,
      `http://${BRIDGE_HOST}:${server.port}`,
    );
    expect(result.status).toBe(101);
    expect(accepted).toBe(before + 1);
  });

  it('refuses a missing or wrong token, and says why', async () => {
    const origin = `http://${BRIDGE_HOST}:${server.port}`;
    const none = await tryConnect(`ws://${BRIDGE_HOST}:${server.port}/bridge`, origin);
    expect(none.status).toBe(401);
    expect(none.body).toContain('token');
    expect(
      (await tryConnect(`ws://${BRIDGE_HOST}:${server.port}/bridge?token=${'b'.repeat(32)}`, origin)).status,
    ).toBe(401);
  });

  it('refuses another origin, or none, even with the token', async () => {
    const url = `ws://${BRIDGE_HOST}:${server.port}/bridge?token=${TOKEN}`;
    const evil = await tryConnect(url, 'http://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.body).toContain('evil.example');
    expect((await tryConnect(url, undefined)).status).toBe(403);
  });
});

describe('upgradeRefusal', () => {
  const origins = new Set(['http://127.0.0.1:7000']);
  it('checks path, token and origin in that order', () => {
    expect(upgradeRefusal({ url: '/other?token=x', headers: {} }, 'x', origins)?.status).toBe(404);
    expect(
      upgradeRefusal({ url: '/bridge?token=y', headers: { origin: 'http://127.0.0.1:7000' } }, 'x', origins)
        ?.status,
    ).toBe(401);
    expect(
      upgradeRefusal({ url: '/bridge?token=x', headers: { origin: 'http://localhost:9' } }, 'x', origins)
        ?.status,
    ).toBe(403);
    expect(
      upgradeRefusal({ url: '/bridge?token=x', headers: { origin: 'http://127.0.0.1:7000' } }, 'x', origins),
    ).toBeNull();
  });
});
