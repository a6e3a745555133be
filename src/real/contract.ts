import type { ClientView, UserOp } from '../core/client.ts';
import type { ServerId, Zxid, ZnodeData } from '../core/types.ts';
import type { BridgeTime, EnsembleInfo, ObservedRecord } from '../driver/real/protocol.ts';
import type { LinkRef } from '../net/network.ts';
import type { NodeSnapshot } from '../driver/types.ts';
import type { PortPlan } from './portPlan.ts';

// The bridge's parts and the seams between them. The bridge (src/real/bridge.ts) assembles them:
// the ensemble (JVMs, polls, logs), the relay (every server-to-server TCP connection), the clients
// (ZooKeeper client sessions), and the page's WebSocket. Each part reports records through a sink
// and is asked for its picture when an update goes out; none reaches into another.

/** The bridge's clock: monotonic ms since the bridge started (BridgeTime). */
export interface BridgeClock {
  nowMs(): BridgeTime;
  /** The bridge time of a wall-clock instant (epoch ms), for log timestamps. */
  fromWallMs(wallMs: number): BridgeTime;
}

export type RecordSink = (record: ObservedRecord) => void;

/** What the bridge was asked to run: ids and timing (as the page is told), where ZooKeeper lives, where to put files. */
export interface EnsembleSetup extends Omit<EnsembleInfo, 'zookeeperVersion'> {
  /** The java binary and the classpath (src/real/zookeeperInstall.ts finds them). */
  java: string;
  classpath: string[];
  /** A fresh temporary folder that holds one sub-folder per server (config, data, log). */
  workDir: string;
  ports: PortPlan;
}

export type RealStatus = NodeSnapshot['status'];

/** The JVMs: start, signal, observe. Implemented by src/real/ensemble/. */
export interface EnsembleControl {
  start(): Promise<void>;
  /** SIGKILL every JVM it started and waits for them to exit; safe to call twice. */
  stopAll(): Promise<void>;
  kill(id: ServerId): void;
  pause(id: ServerId): void;
  resume(id: ServerId): void;
  restart(id: ServerId): Promise<void>;
  /** Every server as last observed. `watches` is left empty: the bridge fills it from the relay. */
  nodes(): NodeSnapshot[];
  /** The zxid `srvr` reported at the last answered poll, null when it did not answer: for zxid-stable reads. */
  polledZxid(id: ServerId): Zxid | null;
  zookeeperVersion(): string | null;
  observation(): import('../driver/real/protocol.ts').ObservationHealth;
}

/** A directed server pair's traffic as the relay sees it (the quorum connection, not the election one). */
export interface LinkActivity extends LinkRef {
  /** When the last bytes from `from` reached `to` over the quorum connection; null: never. */
  lastDeliveredMs: BridgeTime | null;
  /** A quorum connection from `from` to `to` is open through the relay. */
  open: boolean;
  /** Bytes the relay holds for this direction (a cut, a partition, a delay); 0 when none. */
  heldBytes: number;
}

/** The TCP relay on every directed server pair. Implemented by src/real/relay/. */
export interface RelayControl {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Directed: `from`'s bytes stop reaching `to` (held, never dropped) until restored. */
  cut(link: LinkRef): void;
  restore(link: LinkRef): void;
  /** Only links inside one group carry bytes; null heals the partition. */
  setPartition(groups: ServerId[][] | null): void;
  /** Constant delay ± jitter on every link (link null) or one directed link; 0, 0 removes it. */
  setDelay(link: LinkRef | null, latencyMs: number, jitterMs: number): void;
  /** TCP loss as retransmission delay: that share of chunks waits an RTO (doubling) before delivery. */
  setDrop(link: LinkRef | null, percent: number): void;
  /** A host crash: every link of `id` goes silent at once (bytes and closes held, never delivered). */
  silence(id: ServerId): void;
  /** The server came back (restart): its links carry bytes again; what was held for the dead process is discarded. */
  unsilence(id: ServerId): void;
  links(): LinkActivity[];
}

/** Real ZooKeeper client sessions, for the page's clients and for reading each server's tree. */
export interface ClientControl {
  start(): Promise<void>;
  stop(): Promise<void>;
  connect(name: string, server: ServerId, timeoutMs: number): void;
  /** Answers arrive as client-result records through the sink. */
  op(name: string, callId: number, op: UserOp): void;
  disconnect(name: string): void;
  clients(): ClientView[];
  /** Each server's data tree from its latest zxid-stable walk (user znodes; /zookeeper left out). */
  tree(id: ServerId): { tree: ZnodeData[]; zxid: Zxid; atMs: BridgeTime } | null;
}
