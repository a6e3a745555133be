import type { CompareSetupId } from './compareSetupIds.ts';

// Compare mode's set-ups: two scenario scripts (docs/SCENARIO-LANGUAGE.md) that build the same
// ensemble on the same network and run the same fault at the same time, differing in one thing:
// the failure detector, the way the leader dies, or the timing settings. The page plays A and B
// under one simulated clock; compareSetups.test.ts plays them the same way and checks what the
// set-up's words claim. Words live in the page's catalogs, keyed by id.

export interface CompareSetup {
  id: CompareSetupId;
  /** Cluster A's script, then B's. */
  scripts: readonly [string, string];
  /** When the fault both scripts run happens, simulated ms. */
  faultAtMs: number;
  /** How long the set-up takes to tell its story, simulated ms (the fault, its detection and the new leader). */
  storyMs: number;
}

interface ClusterChoice {
  detector: 'zookeeper' | 'all-to-all';
  tickTimeMs: number;
  syncLimitTicks: number;
  fault: 'crash' | 'kill';
}

interface SharedPart {
  /** The degraded network both clusters get from `fromMs`: loss and extra delay, if any. */
  network: { dropPercent: number; latencyMs: number; jitterMs: number } | null;
  faultAtMs: number;
  seed: number;
}

/** The article's numbers: a heartbeat every second, a peer silent for over three seconds is dead. */
const ARTICLE_HEARTBEAT_MS = 1000;
const ARTICLE_TIMEOUT_MS = 3000;
/** The network turns bad soon after the first election, so the naive detector has time to misfire. */
const NETWORK_FROM_MS = 2000;
const NODES = 5;

const ZOOKEEPER: ClusterChoice = { detector: 'zookeeper', tickTimeMs: 2000, syncLimitTicks: 5, fault: 'crash' };

function scriptOf(choice: ClusterChoice, shared: SharedPart): string {
  const lines = [
    `nodes ${NODES}`,
    `config tickTime=${choice.tickTimeMs} initLimit=10 syncLimit=${choice.syncLimitTicks} detector=${choice.detector} heartbeatMs=${ARTICLE_HEARTBEAT_MS} timeoutMs=${ARTICLE_TIMEOUT_MS}`,
    'network latency=20 jitter=10',
    `seed ${shared.seed}`,
    'at 0 start all',
  ];
  if (shared.network) {
    const { dropPercent, latencyMs, jitterMs } = shared.network;
    if (dropPercent > 0) lines.push(`at ${NETWORK_FROM_MS} drop ${dropPercent}%`);
    lines.push(`at ${NETWORK_FROM_MS} delay ${latencyMs} jitter ${jitterMs}`);
  }
  lines.push(`at ${shared.faultAtMs} ${choice.fault} leader`);
  return `${lines.join('\n')}\n`;
}

function setup(id: CompareSetupId, a: ClusterChoice, b: ClusterChoice, shared: SharedPart, storyMs: number): CompareSetup {
  return { id, scripts: [scriptOf(a, shared), scriptOf(b, shared)], faultAtMs: shared.faultAtMs, storyMs };
}

export const COMPARE_SETUPS: Readonly<Record<CompareSetupId, CompareSetup>> = {
  // The same lossy, jittery network: the article's all-to-all heartbeats (n·(n−1) a second) suspect
  // live servers and notice the crash within its 3 s timeout; ZooKeeper's leader pings and
  // syncLimit × tickTime read timeouts suspect nobody alive and notice after about 10 s.
  'article-vs-zookeeper': setup(
    'article-vs-zookeeper',
    { ...ZOOKEEPER, detector: 'all-to-all' },
    ZOOKEEPER,
    { network: { dropPercent: 30, latencyMs: 300, jitterMs: 600 }, faultAtMs: 20_000, seed: 7 },
    40_000,
  ),
  // One cluster, two deaths: a crash is silent (a read timeout tells), a kill resets connections.
  'crash-vs-kill': setup('crash-vs-kill', ZOOKEEPER, { ...ZOOKEEPER, fault: 'kill' }, { network: null, faultAtMs: 8_000, seed: 3 }, 25_000),
  // A slow network: a short syncLimit × tickTime notices the crash soon but drops live followers;
  // ZooKeeper's sample settings wait longer and keep them.
  'tick-tuning': setup(
    'tick-tuning',
    { ...ZOOKEEPER, tickTimeMs: 500, syncLimitTicks: 2 },
    ZOOKEEPER,
    { network: { dropPercent: 10, latencyMs: 200, jitterMs: 400 }, faultAtMs: 20_000, seed: 5 },
    40_000,
  ),
};
