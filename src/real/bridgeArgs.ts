import { LIMIT_TICKS, TICK_TIME_MS, wholeIn, type Bound } from '../core/limits.ts';

// `npm run real -- --servers N [--observers K] [--tick MS] [--init-limit T] [--sync-limit T]
//  [--port P] [--zookeeper DIR] [--script FILE] [--allow-origin URL]`, checked before anything
// starts: a bad value gets one sentence naming it, and no JVM is started.

/** Each real server is a JVM of about 85 MB, with 2·N·(N−1) relay ports: nine fit a laptop. */
export const REAL_SERVERS: Bound = { min: 1, max: 9 };
export const PAGE_PORT: Bound = { min: 1024, max: 65535 };
export const DEFAULT_PAGE_PORT = 7181;

export interface BridgeArgs {
  servers: number;
  observers: number;
  tickTimeMs: number;
  initLimitTicks: number;
  syncLimitTicks: number;
  port: number;
  zookeeperDir: string | null;
  scriptFile: string | null;
  /** A built-in scenario (npm run sim -- --list) instead of a script file; --servers sizes it. */
  scenario: string | null;
  /** --servers was given (a built-in scenario then takes that size, else its own default). */
  serversGiven: boolean;
  extraOrigins: string[];
  help: boolean;
}

export const BRIDGE_USAGE = `Usage: npm run real -- [--servers N] [--observers K] [--tick MS] [--init-limit TICKS] [--sync-limit TICKS]
                      [--port P] [--zookeeper DIR] [--script FILE] [--allow-origin URL]
  --servers N       real ZooKeeper servers to start (${REAL_SERVERS.min}-${REAL_SERVERS.max}, default 5)
  --observers K     how many of them are observers (default 0; fewer than N)
  --tick MS         tickTime (${TICK_TIME_MS.min}-${TICK_TIME_MS.max}, default 2000)
  --init-limit T    initLimit in ticks (default 10)
  --sync-limit T    syncLimit in ticks (default 5)
  --port P          the page and its WebSocket, on 127.0.0.1 (default ${DEFAULT_PAGE_PORT}; 0 picks a free one)
  --zookeeper DIR   an Apache ZooKeeper folder (with lib/) when it is not installed from Debian
  --script FILE     play a scenario script on the real servers and on the model, and compare
  --scenario NAME   the same with a built-in scenario (npm run sim -- --list), sized by --servers
  --allow-origin U  another page origin that may connect (e.g. http://127.0.0.1:5173 for npm start)
`;

const FLAGS = [
  '--servers',
  '--observers',
  '--tick',
  '--init-limit',
  '--sync-limit',
  '--port',
  '--zookeeper',
  '--script',
  '--scenario',
  '--allow-origin',
] as const;
type Flag = (typeof FLAGS)[number];

function whole(flag: string, text: string, bound: Bound): number {
  const value = wholeIn(text, bound);
  if (value === null)
    throw new Error(
      `${flag} must be a whole number from ${bound.min} to ${bound.max}, not "${text.slice(0, 40)}"`,
    );
  return value;
}

function origin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `--allow-origin must be an origin such as http://127.0.0.1:5173, not "${text.slice(0, 60)}"`,
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== text.replace(/\/$/, '')) {
    throw new Error(
      `--allow-origin must be an origin such as http://127.0.0.1:5173, not "${text.slice(0, 60)}"`,
    );
  }
  return url.origin;
}

/** The checked arguments, or a sentence saying what is wrong. */
export function parseBridgeArgs(
  argv: readonly string[],
): { ok: true; args: BridgeArgs } | { ok: false; message: string } {
  const args: BridgeArgs = {
    servers: 5,
    observers: 0,
    tickTimeMs: 2000,
    initLimitTicks: 10,
    syncLimitTicks: 5,
    port: DEFAULT_PAGE_PORT,
    zookeeperDir: null,
    scriptFile: null,
    scenario: null,
    serversGiven: false,
    extraOrigins: [],
    help: false,
  };
  try {
    for (let i = 0; i < argv.length; i++) {
      const flag = argv[i] as string;
      if (flag === '--help' || flag === '-h') {
        args.help = true;
        continue;
      }
      if (!FLAGS.includes(flag as Flag))
        throw new Error(`unknown option "${flag.slice(0, 40)}" (see --help)`);
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      switch (flag as Flag) {
        case '--servers':
          args.servers = whole(flag, value, REAL_SERVERS);
          args.serversGiven = true;
          break;
        case '--observers':
          args.observers = whole(flag, value, { min: 0, max: REAL_SERVERS.max - 1 });
          break;
        case '--tick':
          args.tickTimeMs = whole(flag, value, TICK_TIME_MS);
          break;
        case '--init-limit':
          args.initLimitTicks = whole(flag, value, LIMIT_TICKS);
          break;
        case '--sync-limit':
          args.syncLimitTicks = whole(flag, value, LIMIT_TICKS);
          break;
        case '--port':
          args.port = value === '0' ? 0 : whole(flag, value, PAGE_PORT);
          break;
        case '--zookeeper':
          args.zookeeperDir = value;
          break;
        case '--script':
          args.scriptFile = value;
          break;
        case '--scenario':
          args.scenario = value;
          break;
        case '--allow-origin':
          args.extraOrigins.push(origin(value));
          break;
      }
    }
    if (args.scriptFile !== null && args.scenario !== null) throw new Error('--script and --scenario cannot both be given');
    if (args.observers >= args.servers)
      throw new Error(
        `--observers must be fewer than --servers (${args.servers}): an ensemble needs a voter`,
      );
    return { ok: true, args };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
