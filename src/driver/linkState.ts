import type { NetworkState } from '../net/network.ts';
import type { LinkState } from './types.ts';

// The UI's picture of a NetworkModel's settings: cuts and partition for drawing links, and the
// drop / delay values so the controls can show what is in force. Both drivers build it from
// NetworkModel.toJSON(), which is why it lives here and not in either driver.

/** Percent with one decimal, as the fault list prints it: a rate of 0.125 is 12.5 %. */
function percentOf(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

export function linkStateOf(state: NetworkState): LinkState {
  return {
    cuts: state.cuts,
    partition: state.partition,
    quality: {
      dropPercent: percentOf(state.dropRate),
      latencyMs: state.latencyMs,
      jitterMs: state.jitterMs,
      defaultLatencyMs: state.defaults.latencyMs,
      defaultJitterMs: state.defaults.jitterMs,
      drops: state.linkDrops.map(({ from, to, rate }) => ({ from, to, percent: percentOf(rate) })),
      delays: state.linkDelays.map(({ from, to, latencyMs, jitterMs }) => ({ from, to, latencyMs, jitterMs })),
    },
  };
}
