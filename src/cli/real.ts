import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_USAGE, parseBridgeArgs } from '../real/bridgeArgs.ts';
import { buildPage, pageBuildStale } from '../real/pageBuild.ts';
import { startBridge, type RunningBridge } from '../real/startBridge.ts';
import { findZookeeper } from '../real/zookeeperInstall.ts';

// npm run real -- --servers 5 [--tick 2000] [--port 7181]: real ZooKeeper servers on 127.0.0.1,
// observed and broken from the playground's page. Ctrl-C stops every server it started.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`real: ${line}\n`);
  process.exit(1);
};

async function main(): Promise<void> {
  const parsed = parseBridgeArgs(process.argv.slice(2));
  if (!parsed.ok) fail(parsed.message);
  const { args } = parsed as Extract<typeof parsed, { ok: true }>;
  if (args.help) {
    say(BRIDGE_USAGE);
    return;
  }
  const zookeeper = findZookeeper({ zookeeperDir: args.zookeeperDir ?? undefined });
  if (!zookeeper.ok) fail(zookeeper.message);
  const found = zookeeper as Extract<typeof zookeeper, { ok: true }>;
  if (args.scriptFile !== null || args.scenario !== null) {
    const { runRealScript } = await import('./realScript.ts');
    process.exitCode = await runRealScript(args, found, { say, root });
    return;
  }
  const startedMs = performance.now();
  if (await pageBuildStale(root)) {
    say('Building the page once (about 10 s)…');
    await buildPage(root);
  }
  const token = randomBytes(16).toString('hex');
  say(`Starting ${args.servers} ZooKeeper server${args.servers === 1 ? '' : 's'} (tickTime ${args.tickTimeMs} ms, syncLimit ${args.syncLimitTicks})…`);
  const running: RunningBridge = await startBridge({ ...args, java: found.java, classpath: found.classpath, distDir: join(root, 'dist'), token });
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${why}: stopping the servers…`);
    await running.stop();
    say('All servers stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('Ctrl-C'));
  process.on('SIGTERM', () => void stop('Terminated'));
  process.on('SIGHUP', () => void stop('Terminal closed'));
  say(`Ready in ${((performance.now() - startedMs) / 1000).toFixed(1)} s. Open this URL (it carries the bridge's token):\n\n  ${running.page!.pageUrl}\n\nCtrl-C stops every server.`);
}

main().catch((error: unknown) => {
  // One sentence, never a stack trace; the reaper has already stopped every JVM.
  const what = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error).slice(0, 300);
  fail(what);
});
