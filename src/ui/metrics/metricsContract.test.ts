import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFERRED_AREAS } from '../../i18n/catalogAreas.ts';
import { loadAreas } from '../i18n/localeStore.ts';
import { ManualFrameClock, defaultSpecInput, makeSpec, type FaultMetric, type TimelineRecord } from '../../driver/index.ts';
import { SimDriver } from '../../driver/simDriver.ts';
import { createAppStore } from '../../store/index.ts';
import { AppStoreContext } from '../../store/hooks.ts';
import { MetricsTab } from './MetricsTab.tsx';

// The page loads these words with the tabs and panels; rendered here directly (some while the tests
// are collected), they load first.
await loadAreas(DEFERRED_AREAS);

// The Metrics tab's testing contract as markup: one fault-metric per fault with its attributes,
// and a bar per fault in each plot, judged against its bound.

const readTimeout = { why: 'read-timeout', limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } as const;

const crash: FaultMetric = {
  index: 0,
  atMs: 12_000,
  action: 'crash',
  node: 5,
  servers: [5],
  wasLeader: true,
  detection: { atMs: 21_800, afterMs: 9800, by: 3, record: { t: 21_800, node: 3, kind: 'peer-suspected', peer: 5, cause: 'leader-silent', silentMs: 10_000, limitMs: 10_000, limit: readTimeout.limit, peers: [5] } as object as TimelineRecord },
  undetectedHealed: false,
  detectionBound: { ms: 10_000, loMs: 8000, hiMs: 12_000, reason: readTimeout },
  election: { startMs: 21_800, decidedMs: 22_005, rounds: 1, leader: 4, epoch: 2 },
  unavailable: { fromMs: 12_000, toMs: 22_020 },
  recovered: { atMs: 22_020, afterMs: 10_020, leader: 4, epoch: 2 },
  recoveryBound: { ms: 30_000, loMs: 8000, hiMs: 32_000, reason: { why: 'detection-then-init-limit', detection: readTimeout, limit: { name: 'initLimit', ticks: 10, tickTimeMs: 2000 } } },
  syncs: [{ atMs: 22_010, leader: 4, learner: 1, mode: 'diff' }],
};
const heal: FaultMetric = { ...crash, index: 1, atMs: 40_000, action: 'heal', node: null, servers: [], wasLeader: false, detection: null, election: null, unavailable: null, recovered: null, syncs: [] };

describe('the Metrics tab markup', () => {
  it('renders one fault-metric per fault with its attributes, and a bar per fault against its bound', () => {
    const store = createAppStore(new SimDriver({ clock: new ManualFrameClock() }), { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(5, 1)) });
    store.setState({ analysis: { version: 1, faults: [crash, heal], chapters: [] } });
    store.getInitialState = store.getState;
    const html = renderToStaticMarkup(createElement(AppStoreContext.Provider, { value: store }, createElement(MetricsTab)));
    expect(html).toContain('data-testid="metrics" data-count="2"');
    expect(html).toMatch(/data-testid="fault-metric" data-index="0" data-action="crash" data-node="5" data-at-ms="12000" data-detected-ms="9800" data-recovered-ms="10020" data-bound-lo-ms="8000" data-bound-hi-ms="12000"/);
    expect(html).toMatch(/data-testid="fault-metric" data-index="1" data-action="heal" data-node="" data-at-ms="40000" data-detected-ms="" data-recovered-ms=""/);
    expect(html).toContain('Server 5 crashed (the leader)');
    expect(html).toContain('noticed after 9.8 s by server 3');
    expect(html).toContain('server 4 elected in epoch 2 after 1 round');
    expect(html).toMatch(/class="metric-bar is-within" data-index="0"/);
    expect(html).toMatch(/class="metric-bar is-pending" data-index="1"/);
  });
});
