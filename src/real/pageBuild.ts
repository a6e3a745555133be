import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// The bridge serves the built page (dist/) itself, so its Origin is one the bridge knows. A fresh
// clone has no build, and a changed source makes an old one lie: build when either holds.

async function newestMs(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMs(join(path, entry)));
  return newest;
}

/** Whether dist/ is missing or older than the page's sources. */
export async function pageBuildStale(root: string): Promise<boolean> {
  const built = await stat(join(root, 'dist', 'index.html')).catch(() => null);
  if (!built) return true;
  const sources = await Promise.all(['src', 'index.html', 'public', 'vite.config.ts'].map((p) => newestMs(join(root, p)).catch(() => 0)));
  return Math.max(...sources) > built.mtimeMs;
}

/** Runs `vite build` (no shell) and resolves when it succeeded; rejects with its last output line. */
export function buildPage(root: string): Promise<void> {
  const vite = join(dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the page build failed: ${output.trim().split('\n').at(-1) ?? `exit ${code}`}`))));
  });
}
