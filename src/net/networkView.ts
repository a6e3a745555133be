// The fault model shared by the deterministic simulator and the browser runtime (DESIGN §1, §4):
// the part every server's host reads (a Web Worker loads only this), and network.ts, the part that
// changes faults and lists them (the simulator and the page's supervisor).
//
// It answers, for one transmission: can the direction carry anything now, is this try lost, how long
// does it travel, is it duplicated? What TCP makes of that (holding, retransmitting with backoff,
// in-order delivery per connection) is the sender's kernel, in tcp.ts. A link losing 100% carries
// nothing, like a cut.
//
// Partitions and cuts live only between servers (numeric addresses). Clients (string addresses)
// sit outside the server network and feel only the global drop, delay and duplication settings.
//
// A partition lists groups; a server listed in no group is isolated (it reaches nobody), because a
// partition that silently merged forgotten servers into some group would hide a mistake.

import { SERVER_ID } from '../core/limits.ts';
import type { Prng } from '../core/prng.ts';
import { RefusedError } from './refusal.ts';

/** Servers are numbers (ZooKeeper myids, 1…MAX_SERVER_ID); clients are names like "c1". */
export type Address = number | string;

export interface LinkRef {
  from: number;
  to: number;
}

export interface NetworkDefaults {
  latencyMs: number;
  jitterMs: number;
}

export type FaultKind = FaultSpec['kind'];

/** A fault in force, as data (src/narrate puts it in words). Rates are fractions: 0.1 is 10%. */
export type FaultSpec =
  | { kind: 'partition'; groups: number[][] }
  | { kind: 'cut'; from: number; to: number; both: boolean }
  | { kind: 'drop'; rate: number; link: LinkRef | null }
  | { kind: 'delay'; latencyMs: number; jitterMs: number; link: LinkRef | null }
  | { kind: 'duplicate'; rate: number };

/** One row of the UI's "active faults" panel; `id` is what healFault() takes. */
export type ActiveFault = FaultSpec & { id: string };

/** Plain JSON data describing every fault setting (not the per-link delivery order memory). */
export interface NetworkState {
  defaults: NetworkDefaults;
  latencyMs: number;
  jitterMs: number;
  dropRate: number;
  duplicateRate: number;
  /** Directed cuts. */
  cuts: LinkRef[];
  partition: number[][] | null;
  linkDrops: Array<LinkRef & { rate: number }>;
  linkDelays: Array<LinkRef & { latencyMs: number; jitterMs: number }>;
}

/** Server ids must stay below 4096 so a directed server pair packs into one number (core/limits.ts SERVER_ID). */
export const MAX_SERVER_ID = SERVER_ID.max;
/** TCP's initial retransmission timeout (Linux TCP_RTO_MIN is 200 ms); it doubles per retry. */
export const TCP_INITIAL_RTO_MS = 200;
/** Linux TCP_RTO_MAX: the retransmission timeout stops doubling here. */
export const TCP_MAX_RTO_MS = 120_000;
/** Linux tcp_retries2: retransmissions before TCP gives up and resets the connection. */
export const TCP_MAX_RETRANSMISSIONS = 15;

/** The span of server ids in a link key (linkKey, and the lists of links that unpack one). */
export const KEY_SPAN = MAX_SERVER_ID + 1;

/** The numeric key of a directed server link, used by every per-link table. */
export function linkKey(from: number, to: number): number {
  return from * KEY_SPAN + to;
}

export interface LinkDelay {
  latencyMs: number;
  jitterMs: number;
}

export class NetworkView {
  protected readonly prng: Prng;
  protected readonly defaults: NetworkDefaults;

  protected latencyMs: number;
  protected jitterMs: number;
  protected dropRate = 0;
  protected duplicateRate = 0;

  protected readonly cuts = new Set<number>();
  protected partitionGroups: number[][] | null = null;
  /** Group index per server id while a partition is active; -1 (or out of range) means isolated. */
  /** While a partition is active: connected[from * groupDim + to] = 1 when some group holds both. */
  protected connected: Uint8Array = new Uint8Array(0);
  protected groupDim = 0;
  protected readonly linkDrops = new Map<number, number>();
  protected readonly linkDelays = new Map<number, LinkDelay>();

  /** True when no server link carries any special state, so isConnected() can skip every lookup. */
  protected plainLinks = true;
  protected hasLinkOverrides = false;

  protected rev = 0;
  /** While > 0, a batch of changes is being applied and the listener waits for the end. */
  protected batchDepth = 0;
  protected changedInBatch = false;
  /** Called after every change of the settings: the hosts release what a healed link held. */
  onChange: (() => void) | null = null;

  constructor(prng: Prng, defaults: NetworkDefaults) {
    this.prng = prng;
    this.defaults = {
      latencyMs: wholeMs(defaults.latencyMs, 'latencyMs'),
      jitterMs: wholeMs(defaults.jitterMs, 'jitterMs'),
    };
    this.latencyMs = this.defaults.latencyMs;
    this.jitterMs = this.defaults.jitterMs;
  }

  /** A model with `state`'s settings (a worker's copy of the supervisor's). */
  static fromJSON(state: NetworkState, prng: Prng): NetworkView {
    const view = new NetworkView(prng, state.defaults);
    view.load(state);
    return view;
  }

  /** Bumped on every setting change, so a UI can tell cheaply whether to redraw. */
  get revision(): number {
    return this.rev;
  }

  // ------------------------------------------------------------------ settings (load() applies them through these)

  /**
   * Replaces any partition: only links inside one group carry messages, and servers listed in no
   * group are isolated. Groups may overlap: a server in two groups is a bridge that sees both sides
   * (real partitions are not always clean cuts). Cuts stay in force on top of it.
   */
  partition(groups: number[][]): void {
    const copy: number[][] = [];
    for (const group of groups) {
      if (group.length === 0) continue;
      const seen = new Set<number>();
      for (const id of group) {
        checkServer(id);
        if (seen.has(id)) throw new RefusedError({ why: 'server-twice', server: id });
        seen.add(id);
      }
      copy.push([...group]);
    }
    if (copy.length === 0) throw new RefusedError({ why: 'empty-partition' });
    this.partitionGroups = copy;
    this.changed();
  }

  /**
   * Whether the direction from → to can carry messages now: not cut, not across the partition,
   * and not losing every packet. Links involving a client are never cut (global loss of 100%
   * aside).
   */
  isConnected(from: Address, to: Address): boolean {
    if (typeof from !== 'number' || typeof to !== 'number') return this.dropRate < 1;
    if (this.plainLinks) return this.dropRate < 1;
    if (!this.linkOpen(from, to)) return false;
    const drop = this.hasLinkOverrides ? this.linkDrops.get(linkKey(from, to)) : undefined;
    return (drop ?? this.dropRate) < 1;
  }

  // ------------------------------------------------------------------ quality

  /** Packet loss rate in [0, 1], globally or for one directed server link (which beats global). */
  setDrop(rate: number, link?: LinkRef): void {
    checkRate(rate, 'drop');
    if (link) {
      checkLink(link.from, link.to);
      this.linkDrops.set(linkKey(link.from, link.to), rate);
    } else {
      this.dropRate = rate;
    }
    this.changed();
  }

  /** Latency and jitter in whole ms (rounded), globally or for one directed server link. */
  setDelay(latencyMs: number, jitterMs: number, link?: LinkRef): void {
    const delay = { latencyMs: wholeMs(latencyMs, 'latencyMs'), jitterMs: wholeMs(jitterMs, 'jitterMs') };
    if (link) {
      checkLink(link.from, link.to);
      this.linkDelays.set(linkKey(link.from, link.to), delay);
    } else {
      this.latencyMs = delay.latencyMs;
      this.jitterMs = delay.jitterMs;
    }
    this.changed();
  }

  /** Share of messages delivered twice, in [0, 1]. */
  setDuplicate(rate: number): void {
    checkRate(rate, 'duplicate');
    this.duplicateRate = rate;
    this.changed();
  }

  // ------------------------------------------------------------------ the hot path (tcp.ts)

  /** Whether one transmission from → to is lost (the sender's TCP then retransmits it). */
  drawLoss(from: Address, to: Address): boolean {
    const rate = this.dropRateOf(from, to);
    return rate > 0 && this.prng.next() < rate;
  }

  /** The latency plus jitter of one transmission, whole ms. */
  drawTransitMs(from: Address, to: Address): number {
    let latencyMs = this.latencyMs;
    let jitterMs = this.jitterMs;
    if (this.hasLinkOverrides && typeof from === 'number' && typeof to === 'number') {
      const delay = this.linkDelays.get(linkKey(from, to));
      if (delay !== undefined) {
        latencyMs = delay.latencyMs;
        jitterMs = delay.jitterMs;
      }
    }
    return jitterMs > 0 ? latencyMs + Math.floor(this.prng.next() * (jitterMs + 1)) : latencyMs;
  }

  /** Whether a delivered message also arrives a second time (the duplicate fault). */
  drawDuplicate(): boolean {
    return this.duplicateRate > 0 && this.prng.next() < this.duplicateRate;
  }

  protected dropRateOf(from: Address, to: Address): number {
    if (this.hasLinkOverrides && typeof from === 'number' && typeof to === 'number') {
      const drop = this.linkDrops.get(linkKey(from, to));
      if (drop !== undefined) return drop;
    }
    return this.dropRate;
  }

  /** Replaces every fault setting with `state` (its defaults are ignored: they belong to the model). */
  load(state: NetworkState): void {
    this.batch(() => this.loadSettings(state));
  }

  /** Applies several changes as one: the listener hears once, after the last. */
  batch(changes: () => void): void {
    this.batchDepth++;
    try {
      changes();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.changedInBatch) {
        this.changedInBatch = false;
        this.onChange?.();
      }
    }
  }

  protected loadSettings(state: NetworkState): void {
    this.cuts.clear();
    this.linkDrops.clear();
    this.linkDelays.clear();
    this.partitionGroups = null;
    for (const { from, to } of state.cuts) {
      checkLink(from, to);
      this.cuts.add(linkKey(from, to));
    }
    if (state.partition) this.partition(state.partition);
    for (const { from, to, rate } of state.linkDrops) this.setDrop(rate, { from, to });
    for (const { from, to, latencyMs, jitterMs } of state.linkDelays)
      this.setDelay(latencyMs, jitterMs, { from, to });
    this.setDrop(state.dropRate);
    this.setDelay(state.latencyMs, state.jitterMs);
    this.setDuplicate(state.duplicateRate);
  }

  // ------------------------------------------------------------------ internals

  protected linkOpen(from: number, to: number): boolean {
    if (this.cuts.size > 0 && this.cuts.has(linkKey(from, to))) return false;
    if (this.partitionGroups) {
      if (from === to) return true;
      const dim = this.groupDim;
      return from < dim && to < dim && this.connected[from * dim + to] === 1;
    }
    return true;
  }

  protected changed(): void {
    this.recompute();
    if (this.batchDepth > 0) this.changedInBatch = true;
    else this.onChange?.();
  }

  protected recompute(): void {
    this.rev++;
    if (this.partitionGroups) {
      let maxId = 0;
      for (const g of this.partitionGroups) for (const id of g) if (id > maxId) maxId = id;
      const dim = maxId + 1;
      const connected = new Uint8Array(dim * dim);
      for (const g of this.partitionGroups) for (const a of g) for (const b of g) connected[a * dim + b] = 1;
      this.connected = connected;
      this.groupDim = dim;
    } else {
      this.connected = new Uint8Array(0);
      this.groupDim = 0;
    }
    this.hasLinkOverrides = this.linkDrops.size > 0 || this.linkDelays.size > 0;
    this.plainLinks = this.cuts.size === 0 && this.partitionGroups === null && !this.hasLinkOverrides;
  }
}

// ------------------------------------------------------------------ helpers

export function checkServer(id: number): void {
  if (!Number.isInteger(id) || id < 1 || id > MAX_SERVER_ID) {
    throw new RefusedError({ why: 'bad-server-id', id, maxId: MAX_SERVER_ID });
  }
}

export function checkLink(from: number, to: number): void {
  checkServer(from);
  checkServer(to);
  if (from === to) throw new RefusedError({ why: 'same-server-link', from, to });
}

function checkRate(rate: number, what: 'drop' | 'duplicate'): void {
  if (!(rate >= 0 && rate <= 1)) throw new RefusedError({ why: 'bad-rate', what, rate });
}

function wholeMs(value: number, what: 'latencyMs' | 'jitterMs'): number {
  if (!Number.isFinite(value) || value < 0) throw new RefusedError({ why: 'bad-ms', what, value });
  return Math.round(value);
}
