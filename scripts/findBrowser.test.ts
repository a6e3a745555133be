import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM_PATH, installedBrowser, provideBrowser, type BrowserProbes } from './findBrowser.ts';

// A machine described by facts; every probe records that it was asked, so the tests also check
// what the finder tried (an install attempted when it should not be is a bug too).

interface Machine {
  files: string[];
  path?: Record<string, string>;
  uid?: number | null;
  sudo?: boolean;
  playwrightPath?: string | null;
  online?: boolean;
  /** What `npx playwright install chromium` leaves behind when it succeeds. */
  playwrightInstallWorks?: boolean;
  aptInstallWorks?: boolean;
}

const OWN = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

function probes(machine: Machine): BrowserProbes & { calls: string[] } {
  const files = new Set(machine.files);
  const calls: string[] = [];
  const onPath = { ...machine.path };
  return {
    calls,
    isExecutable: (p) => files.has(p),
    which: (c) => onPath[c] ?? null,
    uid: () => (machine.uid === undefined ? 1000 : machine.uid),
    passwordlessSudo: () => {
      calls.push('sudo -n true');
      return machine.sudo ?? false;
    },
    playwrightChromiumPath: () => (machine.playwrightPath === undefined ? OWN : machine.playwrightPath),
    downloadHostReachable: async () => {
      calls.push('reach');
      return machine.online ?? false;
    },
    playwrightInstall: async () => {
      calls.push('playwright install');
      if (machine.playwrightInstallWorks) files.add(OWN);
      return machine.playwrightInstallWorks ?? false;
    },
    aptInstallChromium: async (withSudo) => {
      calls.push(withSudo ? 'sudo apt-get install' : 'apt-get install');
      if (machine.aptInstallWorks) files.add(DEBIAN_CHROMIUM_PATH);
      return machine.aptInstallWorks ?? false;
    },
  };
}

describe('provideBrowser', () => {
  it("prefers Playwright's own Chromium when it is installed, and tries nothing else", async () => {
    const m = probes({ files: [OWN, DEBIAN_CHROMIUM_PATH], online: true });
    expect(await provideBrowser(m)).toEqual({ executablePath: OWN, source: 'playwright' });
    expect(m.calls).toEqual([]);
  });

  it("installs Playwright's Chromium when its download host answers, even with Debian's present", async () => {
    const m = probes({ files: [DEBIAN_CHROMIUM_PATH], online: true, playwrightInstallWorks: true });
    expect(await provideBrowser(m)).toEqual({ executablePath: OWN, source: 'playwright' });
    expect(m.calls).toEqual(['reach', 'playwright install']);
  });

  it('skips the download when the host does not answer and takes Debian\'s chromium', async () => {
    const m = probes({ files: [DEBIAN_CHROMIUM_PATH], online: false });
    expect(await provideBrowser(m)).toEqual({ executablePath: DEBIAN_CHROMIUM_PATH, source: 'debian' });
    expect(m.calls).toEqual(['reach']);
  });

  it("falls back to Debian's chromium when the download fails", async () => {
    const m = probes({ files: [DEBIAN_CHROMIUM_PATH], online: true, playwrightInstallWorks: false });
    expect(await provideBrowser(m)).toEqual({ executablePath: DEBIAN_CHROMIUM_PATH, source: 'debian' });
    expect(m.calls).toEqual(['reach', 'playwright install']);
  });

  it('never asks the network when Playwright has no Chromium for this platform', async () => {
    const m = probes({ files: [DEBIAN_CHROMIUM_PATH], playwrightPath: null, online: true });
    expect(await provideBrowser(m)).toEqual({ executablePath: DEBIAN_CHROMIUM_PATH, source: 'debian' });
    expect(m.calls).toEqual([]);
  });

  it('takes a chromium found on PATH when Debian\'s path is empty', async () => {
    const m = probes({ files: [], path: { chromium: '/snap/bin/chromium', 'apt-get': '/usr/bin/apt-get' }, uid: 0 });
    expect(await provideBrowser(m)).toEqual({ executablePath: '/snap/bin/chromium', source: 'path' });
    expect(m.calls).toEqual(['reach']);
  });

  it('installs chromium with apt-get as root', async () => {
    const m = probes({ files: [], path: { 'apt-get': '/usr/bin/apt-get' }, uid: 0, aptInstallWorks: true });
    expect(await provideBrowser(m)).toEqual({ executablePath: DEBIAN_CHROMIUM_PATH, source: 'apt' });
    expect(m.calls).toEqual(['reach', 'apt-get install']);
  });

  it('installs chromium through passwordless sudo when not root', async () => {
    const m = probes({ files: [], path: { 'apt-get': '/usr/bin/apt-get', sudo: '/usr/bin/sudo' }, uid: 1000, sudo: true, aptInstallWorks: true });
    expect(await provideBrowser(m)).toEqual({ executablePath: DEBIAN_CHROMIUM_PATH, source: 'apt' });
    expect(m.calls).toEqual(['reach', 'sudo -n true', 'sudo apt-get install']);
  });

  it('gives up when sudo wants a password', async () => {
    const m = probes({ files: [], path: { 'apt-get': '/usr/bin/apt-get', sudo: '/usr/bin/sudo' }, uid: 1000, sudo: false });
    expect(await provideBrowser(m)).toBeNull();
    expect(m.calls).toEqual(['reach', 'sudo -n true']);
  });

  it('gives up without apt-get, even as root', async () => {
    const m = probes({ files: [], path: {}, uid: 0 });
    expect(await provideBrowser(m)).toBeNull();
    expect(m.calls).toEqual(['reach']);
  });

  it('gives up when apt-get fails or leaves no chromium behind', async () => {
    const failing = probes({ files: [], path: { 'apt-get': '/usr/bin/apt-get' }, uid: 0, aptInstallWorks: false });
    expect(await provideBrowser(failing)).toBeNull();
    expect(failing.calls).toEqual(['reach', 'apt-get install']);
  });

  it('looks for Debian\'s chromium where it is told to', async () => {
    const m = probes({ files: [DEBIAN_CHROMIUM_PATH], path: {}, uid: 1000 });
    expect(await provideBrowser(m, { debianChromiumPath: '/nowhere/chromium' })).toBeNull();
    expect(await provideBrowser(m)).toEqual({ executablePath: DEBIAN_CHROMIUM_PATH, source: 'debian' });
  });

  it('says what it installs', async () => {
    const lines: string[] = [];
    const m = probes({ files: [], path: { 'apt-get': '/usr/bin/apt-get' }, uid: 0, online: true, aptInstallWorks: true });
    await provideBrowser(m, { say: (line) => lines.push(line) });
    expect(lines).toEqual(["installing Playwright's Chromium (npx playwright install chromium)…", "installing Debian's chromium (apt-get install -y chromium)…"]);
  });
});

describe('installedBrowser', () => {
  it('takes what is there in the same order, installing nothing', () => {
    const m = probes({ files: [DEBIAN_CHROMIUM_PATH], path: { chromium: '/usr/local/bin/chromium', 'apt-get': '/usr/bin/apt-get' }, uid: 0, online: true });
    expect(installedBrowser(m)).toEqual({ executablePath: DEBIAN_CHROMIUM_PATH, source: 'debian' });
    expect(installedBrowser(probes({ files: [OWN, DEBIAN_CHROMIUM_PATH] }))).toEqual({ executablePath: OWN, source: 'playwright' });
    expect(installedBrowser(probes({ files: [], path: { chromium: '/usr/local/bin/chromium' } }))).toEqual({ executablePath: '/usr/local/bin/chromium', source: 'path' });
    expect(installedBrowser(probes({ files: [], uid: 0, path: { 'apt-get': '/usr/bin/apt-get' } }))).toBeNull();
    expect(m.calls).toEqual([]);
  });
});
