import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Finds a Java runtime and the ZooKeeper jars, or says plainly how to install them. Two layouts:
// Debian's `zookeeper` package (jars in /usr/share/java, logging through slf4j → log4j 1.2) and
// Apache's binary tarball (DIR/lib/*.jar, logging through logback since 3.8), given as --zookeeper DIR.

export type ZookeeperSearch = { ok: true; java: string; classpath: string[]; version?: string } | { ok: false; message: string };

/** What the search reads of the machine, so the decision can be tested on a fake one. */
export interface InstallProbe {
  isExecutable(path: string): boolean;
  isFile(path: string): boolean;
  /** The names in a folder, or null when it is not one. */
  listDir(path: string): string[] | null;
  env: Record<string, string | undefined>;
}

export const DEBIAN_JAVA_DIR = '/usr/share/java';

/**
 * Debian's minimal classpath: the server jar (its manifest's Class-Path brings jute, netty, jetty,
 * slf4j-api and the rest) plus an slf4j binding and log4j, without which the server logs nothing.
 */
export const DEBIAN_JARS = ['zookeeper.jar', 'zookeeper-jute.jar', 'slf4j-log4j12.jar', 'log4j-1.2.jar'];

const INSTALL_HELP =
  'On Debian or Ubuntu: sudo apt-get install zookeeper. Elsewhere: download the Apache ZooKeeper binary tarball ' +
  '(apache-zookeeper-3.8.x-bin.tar.gz, https://zookeeper.apache.org/releases.html), unpack it, and pass its folder with --zookeeper DIR.';

const JAVA_HELP = 'Install a Java runtime (11 or later): on Debian or Ubuntu, sudo apt-get install default-jre-headless; elsewhere, any OpenJDK build. Or set JAVA_HOME.';

const VERSIONED_JAR = /^zookeeper-(\d+\.\d+\.\d+)\.jar$/;

export const nodeProbe: InstallProbe = {
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  isFile(path) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  listDir(path) {
    try {
      return readdirSync(path);
    } catch {
      return null;
    }
  },
  env: process.env,
};

export function findZookeeper(options: { zookeeperDir?: string }, probe: InstallProbe = nodeProbe): ZookeeperSearch {
  const java = findJava(probe);
  if (java === null) return { ok: false, message: `Java was not found (no JAVA_HOME/bin/java, no java on PATH). ${JAVA_HELP}` };
  const jars = options.zookeeperDir === undefined ? debianJars(probe) : tarballJars(options.zookeeperDir, probe);
  if (!jars.ok) return jars;
  return { ok: true, java, classpath: jars.classpath, ...(jars.version === undefined ? {} : { version: jars.version }) };
}

export function findJava(probe: InstallProbe): string | null {
  const home = probe.env.JAVA_HOME;
  if (home) {
    const fromHome = join(home, 'bin', 'java');
    if (probe.isExecutable(fromHome)) return fromHome;
  }
  for (const dir of (probe.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'java');
    if (probe.isExecutable(candidate)) return candidate;
  }
  return null;
}

type JarSearch = { ok: true; classpath: string[]; version?: string } | { ok: false; message: string };

function debianJars(probe: InstallProbe): JarSearch {
  const serverJar = join(DEBIAN_JAVA_DIR, 'zookeeper.jar');
  if (!probe.isFile(serverJar)) return { ok: false, message: `ZooKeeper was not found (no ${serverJar}). ${INSTALL_HELP}` };
  const paths = DEBIAN_JARS.map((jar) => join(DEBIAN_JAVA_DIR, jar));
  const missing = paths.filter((path) => !probe.isFile(path));
  if (missing.length > 0) return { ok: false, message: `ZooKeeper's jars are incomplete: ${missing.join(', ')} missing. Reinstall them with sudo apt-get install --reinstall zookeeper, or pass an Apache binary tarball's folder with --zookeeper DIR.` };
  return { ok: true, classpath: paths, ...versionOf(probe.listDir(DEBIAN_JAVA_DIR) ?? []) };
}

function tarballJars(dir: string, probe: InstallProbe): JarSearch {
  const libDir = join(dir, 'lib');
  const names = probe.listDir(libDir);
  if (names === null) {
    const reason = probe.listDir(dir) === null ? `${dir} is not a folder` : `${dir} has no lib folder (a source tarball? use the -bin one)`;
    return { ok: false, message: `--zookeeper ${dir}: ${reason}. ${INSTALL_HELP}` };
  }
  const jars = names.filter((name) => name.endsWith('.jar')).sort();
  if (!jars.some((name) => VERSIONED_JAR.test(name))) return { ok: false, message: `--zookeeper ${dir}: no zookeeper-<version>.jar in ${libDir}. ${INSTALL_HELP}` };
  return { ok: true, classpath: jars.map((name) => join(libDir, name)), ...versionOf(jars) };
}

function versionOf(names: string[]): { version?: string } {
  for (const name of names) {
    const match = VERSIONED_JAR.exec(name);
    if (match) return { version: match[1] };
  }
  return {};
}
