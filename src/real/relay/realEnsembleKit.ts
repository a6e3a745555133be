import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serverPorts, relayPorts, type PortPlan } from '../portPlan.ts';
import type { ServerId } from '../../core/types.ts';

// The relay's real-server test needs a few real ZooKeeper servers whose peers are listed at relay
// ports. This is a deliberately small test helper (the production config writer and process
// manager live in src/real/ensemble/): minimal zoo.cfg files, JVMs started and killed by PID.

export const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';
// zookeeper.jar's manifest names its dependency jars; slf4j-simple makes the servers log to stderr.
const CLASSPATH = [ZOOKEEPER_JAR, '/usr/share/java/slf4j-simple.jar'];

export function findJava(): string | null {
  const dirs = (process.env['PATH'] ?? '').split(path.delimiter);
  return dirs.map((dir) => path.join(dir, 'java')).find((candidate) => existsSync(candidate)) ?? null;
}

export const zookeeperMissing = findJava() === null || !existsSync(ZOOKEEPER_JAR);

export interface TestEnsemble {
  pids(): Map<ServerId, number>;
  kill(id: ServerId): void;
  start(id: ServerId): void;
  stopAll(): void;
  logTail(id: ServerId, lines: number): string;
}

export function startTestEnsemble(plan: PortPlan, tickTimeMs: number, syncLimitTicks: number): TestEnsemble {
  const java = findJava();
  if (!java) throw new Error('java is not installed');
  const root = mkdtempSync(path.join(os.tmpdir(), 'relay-real-'));
  const processes = new Map<ServerId, ChildProcess>();
  for (const { id } of plan.servers) writeServerFiles(plan, root, id, tickTimeMs, syncLimitTicks);

  function start(id: ServerId): void {
    const dir = path.join(root, String(id));
    const log = openSync(path.join(dir, 'server.log'), 'a');
    const args = [
      '-Xmx256m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-Dzookeeper.admin.enableServer=false',
      '-cp',
      CLASSPATH.join(':'),
    ];
    const child = spawn(
      java!,
      [...args, 'org.apache.zookeeper.server.quorum.QuorumPeerMain', path.join(dir, 'zoo.cfg')],
      { stdio: ['ignore', log, log] },
    );
    processes.set(id, child);
  }

  function kill(id: ServerId): void {
    const child = processes.get(id);
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null)
      process.kill(child.pid, 'SIGKILL');
    processes.delete(id);
  }

  // A test run that dies must not leave JVMs behind.
  const killAll = (): void => {
    for (const id of [...processes.keys()]) kill(id);
  };
  process.once('exit', killAll);
  for (const { id } of plan.servers) start(id);
  return {
    pids: () =>
      new Map(
        [...processes].flatMap(([id, child]) => (child.pid === undefined ? [] : [[id, child.pid] as const])),
      ),
    kill,
    start,
    stopAll() {
      killAll();
      process.removeListener('exit', killAll);
      rmSync(root, { recursive: true, force: true });
    },
    logTail(id, lines) {
      const file = path.join(root, String(id), 'server.log');
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
    },
  };
}

/** Each peer at the relay for (self → peer); the server itself at its own ports. */
function writeServerFiles(
  plan: PortPlan,
  root: string,
  self: ServerId,
  tickTimeMs: number,
  syncLimitTicks: number,
): void {
  const dir = path.join(root, String(self));
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(path.join(dir, 'data', 'myid'), `${self}\n`);
  const peers = plan.servers.map(({ id }) => {
    const ports = id === self ? serverPorts(plan, id) : relayPorts(plan, self, id);
    return `server.${id}=127.0.0.1:${ports.quorumPort}:${ports.electionPort}`;
  });
  const config = [
    `tickTime=${tickTimeMs}`,
    'initLimit=10',
    `syncLimit=${syncLimitTicks}`,
    `dataDir=${path.join(dir, 'data')}`,
    `clientPort=${serverPorts(plan, self).clientPort}`,
    'clientPortAddress=127.0.0.1',
    '4lw.commands.whitelist=srvr',
    'admin.enableServer=false',
    ...peers,
  ];
  writeFileSync(path.join(dir, 'zoo.cfg'), `${config.join('\n')}\n`);
}

export type Mode = 'leader' | 'follower' | 'observer' | 'standalone' | 'not-serving' | 'no-answer';

/** The server's role from `srvr` over raw TCP; a LOOKING server answers that it is not serving. */
export function srvrMode(port: number, timeoutMs = 1000): Promise<Mode> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const done = (mode: Mode): void => {
      socket.destroy();
      resolve(mode);
    };
    socket.setTimeout(timeoutMs, () => done('no-answer'));
    socket.on('connect', () => socket.write('srvr'));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => done('no-answer'));
    socket.on('end', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const mode = /Mode: (\w+)/.exec(answer)?.[1];
      done(
        mode === 'leader' || mode === 'follower' || mode === 'observer' || mode === 'standalone'
          ? mode
          : 'not-serving',
      );
    });
  });
}

export async function modes(plan: PortPlan, ids: readonly ServerId[]): Promise<Map<ServerId, Mode>> {
  const answers = await Promise.all(ids.map((id) => srvrMode(serverPorts(plan, id).clientPort)));
  return new Map(ids.map((id, i) => [id, answers[i]!]));
}
