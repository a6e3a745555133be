// The fault model shared by the deterministic simulator and the browser runtime (DESIGN §1, §4).
//
// It answers two questions per message: can the direction carry it now, and when does it arrive?
// All ZooKeeper traffic runs over TCP, so the model follows TCP rather than UDP:
//  - a cut or partitioned direction carries nothing *now*; the sender's kernel holds what it sends
//    and retransmits it once the link is back (tcp.ts holds those packets, not this file);
//  - a "dropped" packet on a connected link is retransmitted, so drop turns into extra delay
//    (RTO 200 ms, doubling up to TCP_MAX_RTO_MS). Only after TCP_MAX_RETRANSMISSIONS lost
//    retransmissions, about 15 minutes of loss, does TCP give up and reset the connection: that
//    is the one loss on a live link, and ZooKeeper's own read timeouts end the connection long
//    before it. A link losing 100% carries nothing, like a cut;
//  - messages on one directed pair are delivered in the order they were sent (FIFO).
//
// Partitions and cuts live only between servers (numeric addresses). Clients (string addresses)
// sit outside the server network and feel only the global drop, delay and duplication settings.
//
// A partition lists groups; a server listed in no group is isolated (it reaches nobody), because a
// partition that silently merged forgotten servers into some group would hide a mistake.

import type { Prng } from '../core/prng.ts';

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

/** Server ids must stay below 4096 so a directed server pair packs into one number. */
export const MAX_SERVER_ID = 4095;
/** TCP's initial retransmission timeout (Linux TCP_RTO_MIN is 200 ms); it doubles per retry. */
export const TCP_INITIAL_RTO_MS = 200;
/** Linux TCP_RTO_MAX: the retransmission timeout stops doubling here. */
export const TCP_MAX_RTO_MS = 120_000;
/** Linux tcp_retries2: retransmissions before TCP gives up and resets the connection. */
export const TCP_MAX_RETRANSMISSIONS = 15;
/** deliveryAtMs() result: TCP gave up on the message (the connection is reset). */
export const TCP_GAVE_UP = -1;
/** A duplicated message's second copy arrives this long after the first. */
export const DUPLICATE_GAP_MS = 1;

const KEY_SPAN = MAX_SERVER_ID + 1;
/** Clients get order-memory indices above every server id. */
const CLIENT_INDEX_BASE = KEY_SPAN;
/** Multiplier for order-memory keys that involve a client (indices stay far below 2^22). */
const ORDER_KEY_SPAN = 1 << 22;

/** The numeric key of a directed server link, used by every per-link table. */
export function linkKey(from: number, to: number): number {
  return from * KEY_SPAN + to;
}

interface LinkDelay {
  latencyMs: number;
  jitterMs: number;
}

export class NetworkModel {
  private readonly prng: Prng;
  private readonly defaults: NetworkDefaults;

  private latencyMs: number;
  private jitterMs: number;
  private dropRate = 0;
  private duplicateRate = 0;

  private readonly cuts = new Set<number>();
  private partitionGroups: number[][] | null = null;
  /** Group index per server id while a partition is active; -1 (or out of range) means isolated. */
  /** While a partition is active: connected[from * groupDim + to] = 1 when some group holds both. */
  private connected: Uint8Array = new Uint8Array(0);
  private groupDim = 0;
  private readonly linkDrops = new Map<number, number>();
  private readonly linkDelays = new Map<number, LinkDelay>();

  /** True when no server link carries any special state, so decide() can skip every lookup. */
  private plainLinks = true;
  private hasLinkOverrides = false;

  /** Latest delivery time per directed server pair, dense (dim × dim) for the hot path. */
  private orderDim = 0;
  private lastDeliveryMs: Float64Array = new Float64Array(0);
  private readonly clientIndex = new Map<string, number>();
  private readonly clientOrder = new Map<number, number>();

  private dupAtMs = -1;
  private rev = 0;
  /** While > 0, a batch of changes is being applied and the listener waits for the end. */
  private batchDepth = 0;
  private changedInBatch = false;
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

  /** Bumped on every setting change, so a UI can tell cheaply whether to redraw. */
  get revision(): number {
    return this.rev;
  }

  /**
   * When the last decide()/deliveryAtMs() duplicated its message, the second copy's delivery
   * time; otherwise -1.
   */
  get duplicateAtMs(): number {
    return this.dupAtMs;
  }

  // ------------------------------------------------------------------ links

  cut(from: number, to: number): void {
    checkLink(from, to);
    this.cuts.add(linkKey(from, to));
    this.changed();
  }

  cutBoth(a: number, b: number): void {
    checkLink(a, b);
    this.cuts.add(linkKey(a, b));
    this.cuts.add(linkKey(b, a));
    this.changed();
  }

  /** Removes a cut in one direction; a partition separating the two servers still applies. */
  restore(from: number, to: number): void {
    checkLink(from, to);
    this.cuts.delete(linkKey(from, to));
    this.changed();
  }

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
        if (seen.has(id)) throw new RangeError(`server ${id} appears twice in one partition group`);
        seen.add(id);
      }
      copy.push([...group]);
    }
    if (copy.length === 0) throw new RangeError('a partition needs at least one non-empty group');
    this.partitionGroups = copy;
    this.changed();
  }

  /** Cuts one server off from every other: a partition with that server alone in its group. */
  isolate(id: number, allIds: readonly number[]): void {
    checkServer(id);
    const groups: number[][] = this.partitionGroups
      ? this.partitionGroups.map((g) => g.filter((x) => x !== id)).filter((g) => g.length > 0)
      : [allIds.filter((x) => x !== id)].filter((g) => g.length > 0);
    groups.push([id]);
    this.partition(groups);
  }

  /** Every link back: removes cuts and the partition, keeps drop, delay and duplication. */
  heal(): void {
    this.cuts.clear();
    this.partitionGroups = null;
    this.changed();
  }

  /** Everything back to the defaults given at construction. */
  healAll(): void {
    this.cuts.clear();
    this.partitionGroups = null;
    this.linkDrops.clear();
    this.linkDelays.clear();
    this.dropRate = 0;
    this.duplicateRate = 0;
    this.latencyMs = this.defaults.latencyMs;
    this.jitterMs = this.defaults.jitterMs;
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
    checkRate(rate, 'drop rate');
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
    checkRate(rate, 'duplicate rate');
    this.duplicateRate = rate;
    this.changed();
  }

  // ------------------------------------------------------------------ the hot path

  /**
   * The fate of one message sent at nowMs on a connected link: [] when TCP gave up on it,
   * otherwise its delivery times (two when duplicated). Allocates the result; the hot path calls
   * deliveryAtMs().
   */
  decide(from: Address, to: Address, nowMs: number): number[] {
    const atMs = this.deliveryAtMs(from, to, nowMs);
    if (atMs < 0) return [];
    return this.dupAtMs < 0 ? [atMs] : [atMs, this.dupAtMs];
  }

  /**
   * Allocation-free decide(): the delivery time of a message sent at nowMs, assuming the direction
   * is connected (the caller holds messages while isConnected() is false), or TCP_GAVE_UP. When it
   * is duplicated, `duplicateAtMs` holds the second copy's time until the next call.
   */
  deliveryAtMs(from: Address, to: Address, nowMs: number): number {
    this.dupAtMs = -1;
    let latencyMs = this.latencyMs;
    let jitterMs = this.jitterMs;
    let dropRate = this.dropRate;
    const betweenServers = typeof from === 'number' && typeof to === 'number';
    if (betweenServers && !this.plainLinks) {
      if (this.hasLinkOverrides) {
        const key = linkKey(from, to);
        const drop = this.linkDrops.get(key);
        if (drop !== undefined) dropRate = drop;
        const delay = this.linkDelays.get(key);
        if (delay !== undefined) {
          latencyMs = delay.latencyMs;
          jitterMs = delay.jitterMs;
        }
      }
    }
    const prng = this.prng;
    let atMs = nowMs + latencyMs;
    if (jitterMs > 0) atMs += Math.floor(prng.next() * (jitterMs + 1));
    if (dropRate > 0) {
      // Each lost attempt costs one retransmission timeout, doubling, before the next try.
      let rtoMs = TCP_INITIAL_RTO_MS;
      for (let lost = 0; prng.next() < dropRate; lost++) {
        if (lost === TCP_MAX_RETRANSMISSIONS) return TCP_GAVE_UP;
        atMs += rtoMs;
        rtoMs = Math.min(rtoMs * 2, TCP_MAX_RTO_MS);
      }
    }
    const duplicated = this.duplicateRate > 0 && prng.next() < this.duplicateRate;
    if (betweenServers) {
      if (from >= this.orderDim || to >= this.orderDim) this.growOrder(Math.max(from, to));
      const index = from * this.orderDim + to;
      const lastMs = this.lastDeliveryMs[index] as number;
      if (atMs < lastMs) atMs = lastMs;
      this.lastDeliveryMs[index] = duplicated ? atMs + DUPLICATE_GAP_MS : atMs;
    } else {
      const key = this.orderIndex(from) * ORDER_KEY_SPAN + this.orderIndex(to);
      const lastMs = this.clientOrder.get(key);
      if (lastMs !== undefined && atMs < lastMs) atMs = lastMs;
      this.clientOrder.set(key, duplicated ? atMs + DUPLICATE_GAP_MS : atMs);
    }
    if (duplicated) this.dupAtMs = atMs + DUPLICATE_GAP_MS;
    return atMs;
  }

  /**
   * Forgets the delivery order of every pair involving this address: a restarted server or a
   * reconnecting client opens new TCP connections, which do not queue behind the old ones.
   */
  resetConnections(address: Address): void {
    if (typeof address === 'number') {
      const dim = this.orderDim;
      if (address < dim) {
        for (let i = 0; i < dim; i++) {
          this.lastDeliveryMs[address * dim + i] = -Infinity;
          this.lastDeliveryMs[i * dim + address] = -Infinity;
        }
      }
    }
    const index = typeof address === 'number' ? address : this.clientIndex.get(address);
    if (index === undefined) return;
    for (const key of [...this.clientOrder.keys()]) {
      if (Math.floor(key / ORDER_KEY_SPAN) === index || key % ORDER_KEY_SPAN === index)
        this.clientOrder.delete(key);
    }
  }

  // ------------------------------------------------------------------ UI

  activeFaults(): ActiveFault[] {
    const faults: ActiveFault[] = [];
    if (this.partitionGroups) {
      faults.push({ id: 'partition', kind: 'partition', groups: this.partitionGroups.map((g) => [...g]) });
    }
    for (const { from, to } of sortedLinks(this.cuts)) {
      const both = this.cuts.has(linkKey(to, from));
      if (both && from > to) continue; // listed once, under its lower end
      faults.push({ id: both ? `cut:${from}<->${to}` : `cut:${from}->${to}`, kind: 'cut', from, to, both });
    }
    if (this.dropRate > 0) faults.push({ id: 'drop', kind: 'drop', rate: this.dropRate, link: null });
    for (const { from, to } of sortedLinks(this.linkDrops.keys())) {
      const rate = this.linkDrops.get(linkKey(from, to)) as number;
      faults.push({ id: `drop:${from}->${to}`, kind: 'drop', rate, link: { from, to } });
    }
    if (this.latencyMs !== this.defaults.latencyMs || this.jitterMs !== this.defaults.jitterMs) {
      faults.push({ id: 'delay', kind: 'delay', latencyMs: this.latencyMs, jitterMs: this.jitterMs, link: null });
    }
    for (const { from, to } of sortedLinks(this.linkDelays.keys())) {
      const delay = this.linkDelays.get(linkKey(from, to)) as LinkDelay;
      faults.push({ id: `delay:${from}->${to}`, kind: 'delay', latencyMs: delay.latencyMs, jitterMs: delay.jitterMs, link: { from, to } });
    }
    if (this.duplicateRate > 0) faults.push({ id: 'duplicate', kind: 'duplicate', rate: this.duplicateRate });
    return faults;
  }

  /** Removes one fault listed by activeFaults(); returns false when the id names no active fault. */
  healFault(id: string): boolean {
    if (id === 'partition') {
      if (!this.partitionGroups) return false;
      this.partitionGroups = null;
    } else if (id === 'drop') {
      if (this.dropRate === 0) return false;
      this.dropRate = 0;
    } else if (id === 'delay') {
      if (this.latencyMs === this.defaults.latencyMs && this.jitterMs === this.defaults.jitterMs)
        return false;
      this.latencyMs = this.defaults.latencyMs;
      this.jitterMs = this.defaults.jitterMs;
    } else if (id === 'duplicate') {
      if (this.duplicateRate === 0) return false;
      this.duplicateRate = 0;
    } else {
      const match = /^(cut|drop|delay):(\d+)(->|<->)(\d+)$/.exec(id);
      if (!match) return false;
      const [, kind, a, arrow, b] = match;
      const key = linkKey(Number(a), Number(b));
      let removed: boolean;
      if (kind === 'cut') {
        removed = this.cuts.delete(key);
        if (arrow === '<->') removed = this.cuts.delete(linkKey(Number(b), Number(a))) || removed;
      } else if (arrow !== '->') {
        return false;
      } else {
        removed = kind === 'drop' ? this.linkDrops.delete(key) : this.linkDelays.delete(key);
      }
      if (!removed) return false;
    }
    this.changed();
    return true;
  }

  // ------------------------------------------------------------------ serialisation

  toJSON(): NetworkState {
    return {
      defaults: { ...this.defaults },
      latencyMs: this.latencyMs,
      jitterMs: this.jitterMs,
      dropRate: this.dropRate,
      duplicateRate: this.duplicateRate,
      cuts: sortedLinks(this.cuts),
      partition: this.partitionGroups ? this.partitionGroups.map((g) => [...g]) : null,
      linkDrops: sortedLinks(this.linkDrops.keys()).map((l) => ({
        ...l,
        rate: this.linkDrops.get(linkKey(l.from, l.to)) as number,
      })),
      linkDelays: sortedLinks(this.linkDelays.keys()).map((l) => ({
        ...l,
        ...(this.linkDelays.get(linkKey(l.from, l.to)) as LinkDelay),
      })),
    };
  }

  static fromJSON(state: NetworkState, prng: Prng): NetworkModel {
    const model = new NetworkModel(prng, state.defaults);
    model.load(state);
    return model;
  }

  /**
   * Replaces every fault setting with `state` (its defaults are ignored: they belong to the model).
   * The delivery order memory is kept, so messages already in flight stay in order.
   */
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

  private loadSettings(state: NetworkState): void {
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

  private linkOpen(from: number, to: number): boolean {
    if (this.cuts.size > 0 && this.cuts.has(linkKey(from, to))) return false;
    if (this.partitionGroups) {
      if (from === to) return true;
      const dim = this.groupDim;
      return from < dim && to < dim && this.connected[from * dim + to] === 1;
    }
    return true;
  }

  private changed(): void {
    this.recompute();
    if (this.batchDepth > 0) this.changedInBatch = true;
    else this.onChange?.();
  }

  private recompute(): void {
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

  private growOrder(maxId: number): void {
    if (!Number.isInteger(maxId) || maxId < 0 || maxId > MAX_SERVER_ID) {
      throw new RangeError(`server address ${maxId} is outside 0..${MAX_SERVER_ID}`);
    }
    const oldDim = this.orderDim;
    let dim = Math.max(8, oldDim);
    while (dim <= maxId) dim *= 2;
    const next = new Float64Array(dim * dim).fill(-Infinity);
    for (let a = 0; a < oldDim; a++) {
      for (let b = 0; b < oldDim; b++) next[a * dim + b] = this.lastDeliveryMs[a * oldDim + b] as number;
    }
    this.orderDim = dim;
    this.lastDeliveryMs = next;
  }

  private orderIndex(address: Address): number {
    if (typeof address === 'number') return address;
    let index = this.clientIndex.get(address);
    if (index === undefined) {
      index = CLIENT_INDEX_BASE + this.clientIndex.size;
      this.clientIndex.set(address, index);
    }
    return index;
  }
}

// ------------------------------------------------------------------ helpers

function checkServer(id: number): void {
  if (!Number.isInteger(id) || id < 1 || id > MAX_SERVER_ID) {
    throw new RangeError(`server id must be an integer in 1..${MAX_SERVER_ID}, got ${id}`);
  }
}

function checkLink(from: number, to: number): void {
  checkServer(from);
  checkServer(to);
  if (from === to) throw new RangeError(`a link joins two different servers, got ${from} → ${to}`);
}

function checkRate(rate: number, what: string): void {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`${what} must be in [0, 1], got ${rate}`);
}

function wholeMs(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${what} must be a finite number ≥ 0, got ${value}`);
  return Math.round(value);
}

function sortedLinks(keys: Iterable<number>): LinkRef[] {
  return [...keys]
    .sort((a, b) => a - b)
    .map((key) => ({ from: Math.floor(key / KEY_SPAN), to: key % KEY_SPAN }));
}
