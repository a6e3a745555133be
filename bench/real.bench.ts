import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { NodeSnapshot } from '../src/driver/types.ts';
import { startBridge, type RunningBridge } from '../src/real/startBridge.ts';
import { findZookeeper } from '../src/real/zookeeperInstall.ts';
import { writePerformanceSection } from './performanceDoc.ts';

// npm run bench:real: the bridge to real ZooKeeper at 3 and 5 servers with zoo_sample.cfg's timing
// (tickTime 2000, syncLimit 5): its start-up (to the URL, and to a serving quorum), its idle CPU
// while it builds an update every 50 ms as it does for a page, and kill -9 of the leader to a new
// leader with a synced quorum, as the bridge observes it. Writes docs/PERFORMANCE.md's section.

const found = findZookeeper({});
if (!found.ok) {
  console.error(`bench:real: ${found.message}`);
  process.exit(1);
}
const KILLS = 3;
const IDLE_MS = 20_000;
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function serving(nodes: NodeSnapshot[], followers: number): NodeSnapshot | null {
  const leaders = nodes.filter((n) => n.status === 'up' && n.role === 'leading' && n.established);
  if (leaders.length !== 1) return null;
  const synced = nodes.filter((n) => n.status === 'up' && n.role === 'following' && n.established && n.leader === leaders[0]!.id);
  return synced.length >= followers ? leaders[0]! : null;
}

async function until<T>(probe: () => T | null, deadlineMs = 60_000): Promise<T> {
  const end = performance.now() + deadlineMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > end) throw new Error('timed out');
    await sleep(10);
  }
}

/** CPU ticks of this process's children, by kind: the client sessions (node) and the servers (java). */
function childTicks(): { clients: number; servers: number } {
  const lines = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'pid=,comm='], { encoding: 'utf8' }).trim().split('\n');
  const totals = { clients: 0, servers: 0 };
  for (const line of lines) {
    const [pid, comm] = line.trim().split(/\s+/);
    if (!pid || comm === 'ps') continue;
    let stat: string[];
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    } catch {
      continue; // it ended meanwhile
    }
    const ticks = Number(stat[11]) + Number(stat[12]);
    if (comm === 'java') totals.servers += ticks;
    else totals.clients += ticks;
  }
  return totals;
}

async function idleCpu(running: RunningBridge): Promise<{ bridge: number; clients: number; servers: number }> {
  const update = setInterval(() => JSON.stringify(running.bridge.snapshot()), 50);
  const ownBefore = process.cpuUsage();
  const childrenBefore = childTicks();
  const startedMs = performance.now();
  await sleep(IDLE_MS);
  const wallMs = performance.now() - startedMs;
  const own = process.cpuUsage(ownBefore);
  const children = childTicks();
  clearInterval(update);
  const percent = (ticks: number) => (((ticks / CLOCK_TICKS) * 1000) / wallMs) * 100;
  return { bridge: ((own.user + own.system) / 1000 / wallMs) * 100, clients: percent(children.clients - childrenBefore.clients), servers: percent(children.servers - childrenBefore.servers) };
}

async function killLeader(running: RunningBridge, servers: number): Promise<number> {
  const nodes = () => running.bridge.snapshot().nodes;
  const old = await until(() => serving(nodes(), servers - 1));
  const startedMs = performance.now();
  await running.bridge.execute({ type: 'kill', server: old.id });
  await until(() => {
    const next = serving(nodes(), Math.floor(servers / 2));
    return next && next.id !== old.id ? next : null;
  });
  const tookMs = performance.now() - startedMs;
  await until(() => nodes().find((n) => n.id === old.id && n.status === 'down') ?? null);
  await running.bridge.execute({ type: 'restart', server: old.id });
  await until(() => serving(nodes(), servers - 1));
  return tookMs;
}

const rows: string[] = [];
for (const servers of [3, 5]) {
  const startedMs = performance.now();
  const running = await startBridge({ servers, observers: 0, tickTimeMs: 2000, initLimitTicks: 10, syncLimitTicks: 5, port: 0, java: found.java, classpath: found.classpath, distDir: '', token: '', extraOrigins: [], portSearchFrom: 14_000 }, false);
  const readyMs = performance.now() - startedMs;
  await until(() => serving(running.bridge.snapshot().nodes, servers - 1));
  const servingMs = performance.now() - startedMs;
  const cpu = await idleCpu(running);
  const kills: number[] = [];
  for (let i = 0; i < KILLS; i++) kills.push(await killLeader(running, servers));
  await running.stop();
  const f = (ms: number) => `${Math.round(ms)} ms`;
  rows.push(`| ${servers} | ${f(readyMs)} | ${f(servingMs)} | ${cpu.bridge.toFixed(1)} % | ${cpu.clients.toFixed(1)} % | ${cpu.servers.toFixed(1)} % | ${kills.map(f).join(', ')} |`);
  console.log(rows.at(-1));
}

writePerformanceSection(
  `Real ZooKeeper bridge (${new Date().toISOString().slice(0, 10)})`,
  `\`npm run bench:real\`: the bridge (\`npm run real\`) with Debian's ZooKeeper ${found.version ?? ''} at tickTime 2000, initLimit 10, syncLimit 5, on this machine (2 cores, shared). Start-up is from the call to the bridge ready (relay, JVMs spawned, client sessions open: when \`npm run real\` prints its URL) and to a serving quorum (a leader established with every other server following it, as polled). CPU is % of one core over ${IDLE_MS / 1000} s idle while the bridge builds an update every 50 ms, as it does for a connected page: the bridge process (polls, log tails, relay, updates), its two client-session processes (tree readers and the page's sessions), and the JVMs. Kill → new leader: kill -9 of the leader to another server leading a synced quorum, as the bridge observes it (${KILLS} kills, the old leader restarted between them).

| servers | bridge ready | serving quorum | bridge CPU | client processes CPU | JVMs CPU | kill -9 of the leader → new leader |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`,
);
console.log('docs/PERFORMANCE.md updated.');
