import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserProbes, FindOptions } from './findBrowser.ts';

// The real machine behind findBrowser.ts's probes. Every slow step has a bound, so a machine without
// internet or without sudo costs seconds, not minutes.

const CONNECT_TIMEOUT_MS = 3_000;
const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 180_000;
const APT_TIMEOUT_MS = 900_000;
const SUDO_CHECK_TIMEOUT_MS = 5_000;
const DEFAULT_DOWNLOAD_HOST = 'https://cdn.playwright.dev';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return null;
}

function playwrightChromiumPath(): string | null {
  try {
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/** A TCP connection to the download host's port: DNS failure or silence both mean no. */
function downloadHostReachable(): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(process.env.PLAYWRIGHT_DOWNLOAD_HOST || DEFAULT_DOWNLOAD_HOST);
  } catch {
    return Promise.resolve(false);
  }
  const port = Number(url.port) || (url.protocol === 'http:' ? 80 : 443);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port });
    const done = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Runs a command with no output on the terminal; resolves with whether it exited 0 in time. */
function runQuietly(command: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', timeout: timeoutMs, env });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

function playwrightInstall(): Promise<boolean> {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  return runQuietly(process.execPath, [cli, 'install', 'chromium'], PLAYWRIGHT_INSTALL_TIMEOUT_MS);
}

async function aptInstallChromium(withSudo: boolean): Promise<boolean> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => (withSudo ? runQuietly('sudo', ['-n', 'apt-get', ...args], APT_TIMEOUT_MS, env) : runQuietly('apt-get', args, APT_TIMEOUT_MS, env));
  return (await apt(['update'])) && apt(['install', '-y', 'chromium']);
}

function passwordlessSudo(): boolean {
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: SUDO_CHECK_TIMEOUT_MS }).status === 0;
}

export const systemProbes: BrowserProbes = {
  isExecutable,
  which,
  uid: () => process.getuid?.() ?? null,
  passwordlessSudo,
  playwrightChromiumPath,
  downloadHostReachable,
  playwrightInstall,
  aptInstallChromium,
};

/** ZK_DEBIAN_CHROMIUM moves Debian's chromium path, so the finder can be tried as if it were absent. */
export function findOptionsFromEnv(): FindOptions {
  const debian = process.env.ZK_DEBIAN_CHROMIUM;
  return debian ? { debianChromiumPath: debian } : {};
}
