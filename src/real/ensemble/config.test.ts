import { describe, expect, it } from 'vitest';
import type { EnsembleSetup } from '../contract.ts';
import { planPorts, relayPorts, serverPorts } from '../portPlan.ts';
import { javaArgs, peerOfQuorumPort, serverFiles } from './config.ts';

function setup(voters: number[], observers: number[] = []): EnsembleSetup {
  return {
    voters,
    observers,
    tickTimeMs: 200,
    initLimitTicks: 10,
    syncLimitTicks: 2,
    minSessionTimeoutMs: 400,
    maxSessionTimeoutMs: 20_000,
    java: '/usr/bin/java',
    classpath: ['/a.jar', '/b.jar'],
    workDir: '/tmp/work',
    ports: planPorts([...voters, ...observers], 20000),
  };
}

function cfgLines(s: EnsembleSetup, id: number, direct = false): string[] {
  const files = serverFiles(s, id, { direct });
  const cfg = files.files.find((f) => f.path === files.layout.configPath);
  return (cfg?.content ?? '').trim().split('\n');
}

describe('serverFiles', () => {
  it('writes the timing, the data dir, the loopback client port, session bounds, the 4lw whitelist, no AdminServer', () => {
    const s = setup([1, 2, 3]);
    const lines = cfgLines(s, 2);
    const client = serverPorts(s.ports, 2).clientPort;
    expect(lines).toEqual(
      expect.arrayContaining([
        'tickTime=200',
        'initLimit=10',
        'syncLimit=2',
        'dataDir=/tmp/work/server-2/data',
        `clientPort=${client}`,
        'clientPortAddress=127.0.0.1',
        'minSessionTimeout=400',
        'maxSessionTimeout=20000',
        '4lw.commands.whitelist=srvr,mntr,ruok',
        'admin.enableServer=false',
      ]),
    );
  });

  it('lists itself at its own ports and each peer at the relay for (self → peer)', () => {
    const s = setup([1, 2, 3]);
    const own = serverPorts(s.ports, 2);
    const to1 = relayPorts(s.ports, 2, 1);
    const to3 = relayPorts(s.ports, 2, 3);
    expect(cfgLines(s, 2).filter((l) => l.startsWith('server.'))).toEqual([
      `server.1=127.0.0.1:${to1.quorumPort}:${to1.electionPort}`,
      `server.2=127.0.0.1:${own.quorumPort}:${own.electionPort}`,
      `server.3=127.0.0.1:${to3.quorumPort}:${to3.electionPort}`,
    ]);
  });

  it('with direct, lists every peer at its real ports', () => {
    const s = setup([1, 2, 3]);
    const real1 = serverPorts(s.ports, 1);
    expect(cfgLines(s, 2, true)).toContain(`server.1=127.0.0.1:${real1.quorumPort}:${real1.electionPort}`);
  });

  it('marks observers on their entries, and an observer as one', () => {
    const s = setup([1, 2, 3], [4]);
    expect(cfgLines(s, 4)).toContain('peerType=observer');
    expect(cfgLines(s, 1)).not.toContain('peerType=observer');
    expect(cfgLines(s, 1).find((l) => l.startsWith('server.4='))).toMatch(/:observer$/);
    expect(cfgLines(s, 1).find((l) => l.startsWith('server.3='))).not.toMatch(/observer/);
  });

  it('writes myid into the data dir and both logging configs to a file in the folder, at INFO, zoned timestamps', () => {
    const files = serverFiles(setup([1, 2, 3]), 3);
    const byPath = new Map(files.files.map((f) => [f.path, f.content]));
    expect(byPath.get('/tmp/work/server-3/data/myid')).toBe('3\n');
    const log4j = byPath.get(files.layout.log4jPath) ?? '';
    expect(log4j).toContain('log4j.rootLogger=INFO, FILE');
    expect(log4j).toContain('log4j.appender.FILE.File=/tmp/work/server-3/zookeeper.log');
    expect(log4j).toContain("%d{yyyy-MM-dd'T'HH:mm:ss.SSSZ}");
    const logback = byPath.get(files.layout.logbackPath) ?? '';
    expect(logback).toContain('<file>/tmp/work/server-3/zookeeper.log</file>');
    expect(logback).toContain('<root level="INFO">');
  });
});

describe('peerOfQuorumPort', () => {
  it("maps the quorum ports in a server's config back to its peers, relay or direct", () => {
    const s = setup([1, 2, 3]);
    expect(peerOfQuorumPort(s, 2)(relayPorts(s.ports, 2, 3).quorumPort)).toBe(3);
    expect(peerOfQuorumPort(s, 2)(serverPorts(s.ports, 3).quorumPort)).toBeNull();
    expect(peerOfQuorumPort(s, 2, { direct: true })(serverPorts(s.ports, 3).quorumPort)).toBe(3);
    expect(peerOfQuorumPort(s, 2, { direct: true })(serverPorts(s.ports, 2).quorumPort)).toBeNull();
  });
});

describe('javaArgs', () => {
  it('runs QuorumPeerMain on the config with a small heap, the serial GC and both logging configs', () => {
    const layout = serverFiles(setup([1]), 1).layout;
    const args = javaArgs(['/a.jar', '/b.jar'], layout);
    expect(args.slice(0, 2)).toEqual(['-Xmx256m', '-XX:+UseSerialGC']);
    expect(args).toContain(`-Dlog4j.configuration=file:${layout.log4jPath}`);
    expect(args).toContain(`-Dlogback.configurationFile=${layout.logbackPath}`);
    expect(args.slice(-4)).toEqual(['-cp', '/a.jar:/b.jar', 'org.apache.zookeeper.server.quorum.QuorumPeerMain', '/tmp/work/server-1/zoo.cfg']);
  });
});
