import { describe, expect, it } from 'vitest';
import { DEBIAN_JARS, DEBIAN_JAVA_DIR, findJava, findZookeeper, type InstallProbe } from './zookeeperInstall.ts';

/** A machine made of a list of files (executables marked) and the folders they imply. */
function fakeMachine(files: string[], env: Record<string, string | undefined>, executables: string[] = []): InstallProbe {
  const all = new Set([...files, ...executables]);
  return {
    isExecutable: (path) => executables.includes(path),
    isFile: (path) => all.has(path),
    listDir(path) {
      const prefix = path.endsWith('/') ? path : path + '/';
      const inside = [...all].filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length).split('/')[0] ?? '');
      return inside.length === 0 ? null : [...new Set(inside)];
    },
    env,
  };
}

const debianFiles = [...DEBIAN_JARS.map((jar) => `${DEBIAN_JAVA_DIR}/${jar}`), `${DEBIAN_JAVA_DIR}/zookeeper-3.8.0.jar`, `${DEBIAN_JAVA_DIR}/guava.jar`];
const pathEnv = { PATH: '/usr/local/bin:/usr/bin' };

describe('findJava', () => {
  it('prefers JAVA_HOME/bin/java', () => {
    const probe = fakeMachine([], { JAVA_HOME: '/opt/jdk', PATH: '/usr/bin' }, ['/opt/jdk/bin/java', '/usr/bin/java']);
    expect(findJava(probe)).toBe('/opt/jdk/bin/java');
  });

  it('falls back to the first java on PATH when JAVA_HOME has none', () => {
    const probe = fakeMachine([], { JAVA_HOME: '/opt/empty', PATH: '/usr/local/bin:/usr/bin' }, ['/usr/bin/java']);
    expect(findJava(probe)).toBe('/usr/bin/java');
  });

  it('does not take a java that is not executable', () => {
    const probe = fakeMachine(['/usr/bin/java'], pathEnv);
    expect(findJava(probe)).toBeNull();
  });
});

describe('findZookeeper', () => {
  it("finds Debian's jars with the log4j binding, and the version from the versioned link", () => {
    const found = findZookeeper({}, fakeMachine(debianFiles, pathEnv, ['/usr/bin/java']));
    expect(found).toEqual({ ok: true, java: '/usr/bin/java', classpath: DEBIAN_JARS.map((jar) => `${DEBIAN_JAVA_DIR}/${jar}`), version: '3.8.0' });
  });

  it('says how to install Java when there is none', () => {
    const found = findZookeeper({}, fakeMachine(debianFiles, pathEnv));
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toMatch(/Java was not found.*apt-get install default-jre-headless/);
  });

  it('says how to install ZooKeeper when the Debian jar is missing', () => {
    const found = findZookeeper({}, fakeMachine([], pathEnv, ['/usr/bin/java']));
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.message).toContain('apt-get install zookeeper');
      expect(found.message).toContain('--zookeeper DIR');
    }
  });

  it('names the missing logging jars of an incomplete Debian install', () => {
    const files = debianFiles.filter((file) => !file.endsWith('log4j-1.2.jar'));
    const found = findZookeeper({}, fakeMachine(files, pathEnv, ['/usr/bin/java']));
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toContain(`${DEBIAN_JAVA_DIR}/log4j-1.2.jar missing`);
  });

  it("takes every jar of a tarball's lib folder, sorted, when --zookeeper is given", () => {
    const lib = '/opt/zk/lib';
    const files = [`${lib}/zookeeper-3.8.4.jar`, `${lib}/logback-classic-1.2.13.jar`, `${lib}/zookeeper-jute-3.8.4.jar`, `${lib}/README.txt`];
    const found = findZookeeper({ zookeeperDir: '/opt/zk' }, fakeMachine([...files, ...debianFiles], pathEnv, ['/usr/bin/java']));
    expect(found).toEqual({ ok: true, java: '/usr/bin/java', classpath: [`${lib}/logback-classic-1.2.13.jar`, `${lib}/zookeeper-3.8.4.jar`, `${lib}/zookeeper-jute-3.8.4.jar`], version: '3.8.4' });
  });

  it('explains a --zookeeper folder without lib (a source tarball)', () => {
    const found = findZookeeper({ zookeeperDir: '/opt/src' }, fakeMachine(['/opt/src/pom.xml'], pathEnv, ['/usr/bin/java']));
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toContain('has no lib folder');
  });

  it('explains a --zookeeper path that is not a folder', () => {
    const found = findZookeeper({ zookeeperDir: '/nowhere' }, fakeMachine([], pathEnv, ['/usr/bin/java']));
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toContain('/nowhere is not a folder');
  });

  it('refuses a lib folder with no zookeeper jar', () => {
    const found = findZookeeper({ zookeeperDir: '/opt/zk' }, fakeMachine(['/opt/zk/lib/netty.jar'], pathEnv, ['/usr/bin/java']));
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toContain('no zookeeper-<version>.jar');
  });
});
