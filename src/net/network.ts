// The fault model's changes: cuts, isolation, healing, the faults in force and the settings as data
// (the simulator and the page's supervisor). What every server's host reads, and the settings
// themselves, are networkView.ts; a Web Worker loads only that.

import type { Prng } from '../core/prng.ts';
import { checkLink, checkServer, KEY_SPAN, linkKey, NetworkView, type ActiveFault, type LinkDelay, type LinkRef, type NetworkState } from './networkView.ts';

export * from './networkView.ts';

export class NetworkModel extends NetworkView {

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

  static override fromJSON(state: NetworkState, prng: Prng): NetworkModel {
    const model = new NetworkModel(prng, state.defaults);
    model.load(state);
    return model;
  }
}

function sortedLinks(keys: Iterable<number>): LinkRef[] {
  return [...keys]
    .sort((a, b) => a - b)
    .map((key) => ({ from: Math.floor(key / KEY_SPAN), to: key % KEY_SPAN }));
}
