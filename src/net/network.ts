// The fault model shared by the deterministic simulator and the browser runtime (DESIGN §1, §4).
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

const KEY_SPAN = MAX_SERVER_ID + 1;

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

  /** True when no server link carries any special state, so isConnected() can skip every lookup. */
  private plainLinks = true;
  private hasLinkOverrides = false;

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
        if (seen.has(id)) throw new RefusedError({ why: 'server-twice', server: id });
        seen.add(id);
      }
      copy.push([...group]);
    }
    if (copy.length === 0) throw new RefusedError({ why: 'empty-partition' });
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

  private dropRateOf(from: Address, to: Address): number {
    if (this.hasLinkOverrides && typeof from === 'number' && typeof to === 'number') {
      const drop = this.linkDrops.get(linkKey(from, to));
      if (drop !== undefined) return drop;
    }
    return this.dropRate;
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
}

// ------------------------------------------------------------------ helpers

function checkServer(id: number): void {
  if (!Number.isInteger(id) || id < 1 || id > MAX_SERVER_ID) {
    throw new RefusedError({ why: 'bad-server-id', id, maxId: MAX_SERVER_ID });
  }
}

function checkLink(from: number, to: number): void {
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

function sortedLinks(keys: Iterable<number>): LinkRef[] {
  return [...keys]
    .sort((a, b) => a - b)
    .map((key) => ({ from: Math.floor(key / KEY_SPAN), to: key % KEY_SPAN }));
}
