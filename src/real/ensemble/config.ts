import { delimiter, join } from 'node:path';
import type { ServerId } from '../../core/types.ts';
import type { EnsembleSetup } from '../contract.ts';
import { relayPorts, serverPorts } from '../portPlan.ts';

// Each server's folder, as text: zoo.cfg, myid, and a logging config for either binding (Debian's
// slf4j → log4j 1.2, the Apache tarball's logback). Pure: the caller writes the files.

export interface ConfigOptions {
  /** Peers at their real ports instead of the relay's (tests that run without the relay). */
  direct?: boolean;
}

export interface ServerLayout {
  id: ServerId;
  dir: string;
  dataDir: string;
  configPath: string;
  logPath: string;
  log4jPath: string;
  logbackPath: string;
}

export interface ServerFiles {
  layout: ServerLayout;
  files: Array<{ path: string; content: string }>;
}

/** The four-letter words the poller uses; the default whitelist allows only srvr. */
export const FOUR_LETTER_WORDS = ['srvr', 'mntr', 'ruok'];

/**
 * The log line layout: ISO date with the zone offset (so no guess about local time), level, the
 * logger's short name, the thread, the message. The parser (logParse.ts) reads exactly this.
 */
export const LOG_DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

export function serverLayout(workDir: string, id: ServerId): ServerLayout {
  const dir = join(workDir, `server-${id}`);
  return {
    id,
    dir,
    dataDir: join(dir, 'data'),
    configPath: join(dir, 'zoo.cfg'),
    logPath: join(dir, 'zookeeper.log'),
    log4jPath: join(dir, 'log4j.properties'),
    logbackPath: join(dir, 'logback.xml'),
  };
}

export function serverFiles(setup: EnsembleSetup, id: ServerId, options: ConfigOptions = {}): ServerFiles {
  const layout = serverLayout(setup.workDir, id);
  return {
    layout,
    files: [
      { path: layout.configPath, content: zooCfg(setup, id, layout, options) },
      { path: join(layout.dataDir, 'myid'), content: `${id}\n` },
      { path: layout.log4jPath, content: log4jProperties(layout.logPath) },
      { path: layout.logbackPath, content: logbackXml(layout.logPath) },
    ],
  };
}

function zooCfg(setup: EnsembleSetup, id: ServerId, layout: ServerLayout, options: ConfigOptions): string {
  const own = serverPorts(setup.ports, id);
  const lines = [
    `tickTime=${setup.tickTimeMs}`,
    `initLimit=${setup.initLimitTicks}`,
    `syncLimit=${setup.syncLimitTicks}`,
    `dataDir=${layout.dataDir}`,
    `clientPort=${own.clientPort}`,
    'clientPortAddress=127.0.0.1',
    `minSessionTimeout=${setup.minSessionTimeoutMs}`,
    `maxSessionTimeout=${setup.maxSessionTimeoutMs}`,
    `4lw.commands.whitelist=${FOUR_LETTER_WORDS.join(',')}`,
    // Jetty is not on Debian's classpath (javax.servlet is missing), and the poller uses 4lw.
    'admin.enableServer=false',
    // One voter still runs the quorum code (elections, epochs, logs) instead of standalone mode.
    'standaloneEnabled=false',
    // Small preallocation: many servers share a temporary folder.
    'preAllocSize=1024',
  ];
  if (setup.observers.includes(id)) lines.push('peerType=observer');
  for (const peer of [...setup.voters, ...setup.observers].sort((a, b) => a - b)) lines.push(serverEntry(setup, id, peer, options));
  return lines.join('\n') + '\n';
}

/** A server's own entry at its real ports; a peer at the relay for (self → peer), unless direct. */
function serverEntry(setup: EnsembleSetup, self: ServerId, peer: ServerId, options: ConfigOptions): string {
  const ports = peer === self || options.direct ? serverPorts(setup.ports, peer) : relayPorts(setup.ports, self, peer);
  const observer = setup.observers.includes(peer) ? ':observer' : '';
  return `server.${peer}=127.0.0.1:${ports.quorumPort}:${ports.electionPort}${observer}`;
}

/** Which peer a quorum port in `self`'s config leads to (as serverEntry lists them); null: none. */
export function peerOfQuorumPort(setup: EnsembleSetup, self: ServerId, options: ConfigOptions = {}): (port: number) => ServerId | null {
  const owners = new Map<number, ServerId>();
  for (const peer of [...setup.voters, ...setup.observers]) {
    if (peer === self) continue;
    const ports = options.direct ? serverPorts(setup.ports, peer) : relayPorts(setup.ports, self, peer);
    owners.set(ports.quorumPort, peer);
  }
  return (port) => owners.get(port) ?? null;
}

function log4jProperties(logPath: string): string {
  return [
    'log4j.rootLogger=INFO, FILE',
    'log4j.appender.FILE=org.apache.log4j.FileAppender',
    `log4j.appender.FILE.File=${logPath}`,
    'log4j.appender.FILE.Append=true',
    'log4j.appender.FILE.layout=org.apache.log4j.PatternLayout',
    `log4j.appender.FILE.layout.ConversionPattern=%d{${LOG_DATE_PATTERN}} %-5p %c{1} [%t] - %m%n`,
  ].join('\n') + '\n';
}

function logbackXml(logPath: string): string {
  return [
    '<configuration>',
    '  <appender name="FILE" class="ch.qos.logback.core.FileAppender">',
    `    <file>${escapeXml(logPath)}</file>`,
    '    <append>true</append>',
    `    <encoder><pattern>%d{${LOG_DATE_PATTERN}} %-5level %logger{0} [%thread] - %msg%n</pattern></encoder>`,
    '  </appender>',
    '  <root level="INFO"><appender-ref ref="FILE"/></root>',
    '</configuration>',
  ].join('\n') + '\n';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The JVM's arguments: small heap, serial GC (about 85 MB each), both logging configs, the server class. */
export function javaArgs(classpath: string[], layout: ServerLayout): string[] {
  return [
    '-Xmx256m',
    '-XX:+UseSerialGC',
    '-Djava.net.preferIPv4Stack=true',
    `-Dlog4j.configuration=file:${layout.log4jPath}`,
    `-Dlogback.configurationFile=${layout.logbackPath}`,
    '-cp',
    classpath.join(delimiter),
    'org.apache.zookeeper.server.quorum.QuorumPeerMain',
    layout.configPath,
  ];
}
