import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerId, Zxid } from '../../core/types.ts';
import { planPorts, type ServerPorts } from '../portPlan.ts';
import { findZookeeper } from '../zookeeperInstall.ts';

// A small real ensemble for the clients' real-server tests, without a relay: each zoo.cfg lists the
// peers at their own ports. Not the bridge's config writer (src/real/ensemble); just enough to run
// QuorumPeerMain at a short tickTime on 127.0.0.1, and stop it by PID.

/** Java and the jars, found as the bridge finds them (src/real/zookeeperInstall.ts). */
const found = findZookeeper({});

export function realZooKeeperMissing(): string | null {
  return found.ok ? null : found.message;
}

export interface TestServer {
  ports: ServerPorts;
  process: ChildProcess | null;
  dir: string;
}

export interface TestEnsemble {
  servers: TestServer[];
  workDir: string;
}

const TICK_MS = 200;

function configOf(self: ServerPorts, all: ServerPorts[], dir: string): string {
  return [
    `tickTime=${TICK_MS}`,
    'initLimit=10',
    'syncLimit=5',
    `dataDir=${join(dir, 'data')}`,
    `clientPort=${self.clientPort}`,
    'clientPortAddress=127.0.0.1',
    '4lw.commands.whitelist=srvr',
    'admin.enableServer=false',
    ...all.map((s) => `server.${s.id}=127.0.0.1:${s.quorumPort}:${s.electionPort}`),
    '',
  ].join('\n');
}

export async function createEnsemble(ids: ServerId[], basePort: number): Promise<TestEnsemble> {
  const workDir = await mkdtemp(join(tmpdir(), 'zk-clients-test-'));
  const plan = planPorts(ids, basePort);
  const servers: TestServer[] = [];
  for (const ports of plan.servers) {
    const dir = join(workDir, `server-${ports.id}`);
    await mkdir(join(dir, 'data'), { recursive: true });
    await writeFile(join(dir, 'data', 'myid'), `${ports.id}\n`);
    await writeFile(join(dir, 'zoo.cfg'), configOf(ports, plan.servers, dir));
    servers.push({ ports, process: null, dir });
  }
  return { servers, workDir };
}

export function startServer(server: TestServer): void {
  const args = ['-Xmx256m', '-XX:+UseSerialGC', `-Dzookeeper.log.dir=${server.dir}`, '-cp', found.ok ? found.classpath.join(':') : '', 'org.apache.zookeeper.server.quorum.QuorumPeerMain', join(server.dir, 'zoo.cfg')];
  server.process = spawn(found.ok ? found.java : 'java', args, { stdio: 'ignore' });
}

/** kill -9 by PID, and waits for the exit. */
export async function killServer(server: TestServer): Promise<void> {
  const child = server.process;
  server.process = null;
  if (child === null || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGKILL');
  await exited;
}

export async function destroyEnsemble(ensemble: TestEnsemble): Promise<void> {
  for (const server of ensemble.servers) await killServer(server);
  await rm(ensemble.workDir, { recursive: true, force: true });
}

export interface SrvrAnswer {
  mode: string;
  zxid: Zxid;
}

/** One `srvr` over raw TCP, or null when the server does not answer in time or is not serving. */
export function srvr(port: number, timeoutMs = 250): Promise<SrvrAnswer | null> {
  return new Promise((resolve) => {
    let text = '';
    const socket = connect({ host: '127.0.0.1', port });
    const done = (answer: SrvrAnswer | null): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.on('error', () => done(null));
    socket.on('connect', () => socket.write('srvr'));
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('end', () => {
      const zxid = /Zxid: 0x([0-9a-f]+)/.exec(text);
      const mode = /Mode: (\w+)/.exec(text);
      done(zxid && mode ? { mode: mode[1] as string, zxid: parseInt(zxid[1] as string, 16) } : null);
    });
  });
}

/** Polls every server's `srvr` in its own loop, as the bridge does, for zxid-stable reads. */
export class SrvrPoller {
  private readonly answers = new Map<ServerId, SrvrAnswer | null>();
  private running = true;

  constructor(servers: TestServer[], intervalMs = 100) {
    for (const server of servers) void this.loop(server.ports, intervalMs);
  }

  zxid(id: ServerId): Zxid | null {
    return this.answers.get(id)?.zxid ?? null;
  }

  mode(id: ServerId): string | null {
    return this.answers.get(id)?.mode ?? null;
  }

  stop(): void {
    this.running = false;
  }

  private async loop(ports: ServerPorts, intervalMs: number): Promise<void> {
    while (this.running) {
      this.answers.set(ports.id, await srvr(ports.clientPort));
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
