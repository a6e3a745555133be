// Which Chromium the end-to-end tests and the browser benchmark run, in a fixed order of preference:
// Playwright's own (installed, or installed now if its download host answers), Debian's, one on
// PATH, Debian's installed by apt-get when we may; otherwise one sentence saying how to get one.
// Every effect on the machine is a probe passed in, so the order itself is unit-tested.

export type BrowserSource = 'playwright' | 'debian' | 'path' | 'apt';

export interface Browser {
  executablePath: string;
  source: BrowserSource;
}

export interface BrowserProbes {
  /** An executable file at this path. */
  isExecutable(path: string): boolean;
  /** The executable this command name runs, from PATH; null when there is none. */
  which(command: string): string | null;
  /** The effective user id (0 is root); null where there is none (Windows). */
  uid(): number | null;
  /** `sudo` runs without asking for a password. */
  passwordlessSudo(): boolean;
  /** Where Playwright keeps the Chromium of its version, installed or not; null when it has none for this platform. */
  playwrightChromiumPath(): string | null;
  /** Playwright's download host accepts a connection (a quick, bounded check). */
  downloadHostReachable(): Promise<boolean>;
  /** Runs `npx playwright install chromium`, bounded in time; whether it succeeded. */
  playwrightInstall(): Promise<boolean>;
  /** Runs `apt-get update` and `apt-get install -y chromium` (through `sudo -n` when asked); whether it succeeded. */
  aptInstallChromium(withSudo: boolean): Promise<boolean>;
}

export interface FindOptions {
  /** Debian's chromium, overridable so the finder can be tried with it absent. */
  debianChromiumPath?: string;
  /** Progress lines (what is being tried), for a person watching. */
  say?: (line: string) => void;
}

export const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';

export const NO_BROWSER_MESSAGE =
  'No Chromium found for the end-to-end tests: install one with `npx playwright install chromium` (needs internet) ' +
  'or `sudo apt-get install chromium` (Debian, Ubuntu), then run `npm test` again.';

const SOURCE_WORDS: Record<BrowserSource, string> = {
  playwright: "Playwright's own Chromium",
  debian: "Debian's chromium",
  path: 'chromium on PATH',
  apt: "Debian's chromium, just installed with apt-get",
};

export function describeBrowser(browser: Browser): string {
  return `${SOURCE_WORDS[browser.source]} (${browser.executablePath})`;
}

/** A browser already on this machine, changing nothing: what playwright.config.ts and the benchmark use. */
export function installedBrowser(probes: BrowserProbes, options: FindOptions = {}): Browser | null {
  return playwrightBrowser(probes) ?? systemBrowser(probes, options.debianChromiumPath ?? DEBIAN_CHROMIUM_PATH);
}

/** A browser on this machine, installing one when that is possible; null when there is no way. */
export async function provideBrowser(probes: BrowserProbes, options: FindOptions = {}): Promise<Browser | null> {
  const say = options.say ?? (() => {});
  const debianPath = options.debianChromiumPath ?? DEBIAN_CHROMIUM_PATH;
  const own = playwrightBrowser(probes);
  if (own) return own;
  if (probes.playwrightChromiumPath() !== null && (await probes.downloadHostReachable())) {
    say("installing Playwright's Chromium (npx playwright install chromium)…");
    if (await probes.playwrightInstall()) {
      const installed = playwrightBrowser(probes);
      if (installed) return installed;
    }
  }
  const system = systemBrowser(probes, debianPath);
  if (system) return system;
  const withSudo = aptRoute(probes);
  if (withSudo === null) return null;
  say(`installing Debian's chromium (${withSudo ? 'sudo ' : ''}apt-get install -y chromium)…`);
  if (!(await probes.aptInstallChromium(withSudo))) return null;
  const fromApt = systemBrowser(probes, debianPath);
  return fromApt ? { executablePath: fromApt.executablePath, source: 'apt' } : null;
}

function playwrightBrowser(probes: BrowserProbes): Browser | null {
  const path = probes.playwrightChromiumPath();
  return path !== null && probes.isExecutable(path) ? { executablePath: path, source: 'playwright' } : null;
}

function systemBrowser(probes: BrowserProbes, debianPath: string): Browser | null {
  if (probes.isExecutable(debianPath)) return { executablePath: debianPath, source: 'debian' };
  const onPath = probes.which('chromium');
  return onPath ? { executablePath: onPath, source: 'path' } : null;
}

/** Whether apt-get may install a package: false as root, true through passwordless sudo, null when not at all. */
function aptRoute(probes: BrowserProbes): boolean | null {
  if (probes.which('apt-get') === null) return null;
  if (probes.uid() === 0) return false;
  return probes.which('sudo') !== null && probes.passwordlessSudo() ? true : null;
}
