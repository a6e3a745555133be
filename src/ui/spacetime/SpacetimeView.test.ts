import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFERRED_AREAS } from '../../i18n/catalogAreas.ts';
import { loadAreas } from '../i18n/localeStore.ts';
import { ManualFrameClock, defaultSpecInput, makeSpec, type DriverSnapshot, type TimelineEntry } from '../../driver/index.ts';
import { MessageLog } from '../../driver/messageLog.ts';
import { SimDriver } from '../../driver/simDriver.ts';
import { createAppStore } from '../../store/index.ts';
import { reduceCommit } from '../../store/commit.ts';
import { AppStoreContext } from '../../store/hooks.ts';
import { ensemble } from '../../store/testNodes.ts';
import { SpacetimeView } from './SpacetimeView.tsx';

// The page loads these words with the tabs and panels; rendered here directly (some while the tests
// are collected), they load first.
await loadAreas(DEFERRED_AREAS);

// The diagram's testing contract as rendered markup, without a browser: one element per message
// with its kind, ends and times, held packets, role bands, timer and fault marks.

const limit = { name: 'syncLimit' as const, ticks: 5, tickTimeMs: 2000 };

function render(): string {
  const store = createAppStore(new SimDriver({ clock: new ManualFrameClock() }), { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(3, 1)) });
  const log = new MessageLog({ sampled: false });
  log.append(3, 1, 'ping', 9_000, 9_002, false, { type: 'ping', lastProposed: 0, sessions: 0 });
  log.append(3, 2, 'ping', 9_000, 9_003, false, { type: 'ping', lastProposed: 0, sessions: 0 });
  log.append(1, 2, 'notification', 20_001, 20_003, false, null);
  log.append(3, 2, 'commit', 8_000, 14_002, true, null);
  const events = [
    { kind: 'state-change', change: 'leading', epoch: 1, node: 3, t: 1_000, limit: { ...limit, name: 'initLimit', ticks: 10 } },
    { kind: 'leader-elected', epoch: 1, followers: [1, 2], voters: 3, zxid: 0, node: 3, t: 1_200 },
    { kind: 'crash', node: 3, t: 9_500, wasLeading: true, detection: { detector: 'zookeeper', limit } },
    { kind: 'peer-suspected', cause: 'leader-silent', peer: 3, silentMs: 10_998, limitMs: 10_000, limit, node: 1, t: 20_000 },
  ].map((e, i) => ({ ...e, id: i + 1 })) as unknown as TimelineEntry[];
  const snapshot: DriverSnapshot = { timeMs: 21_000, nodes: ensemble(3, 3), clients: [], faults: [], invariants: { ok: true, violations: [] }, health: { lagP50Ms: 0, lagP99Ms: 0, behind: false } };
  store.setState(reduceCommit(store.getState(), { runId: 0, snapshot, events, flights: [], log, atRealMs: 0 })!);
  // The bridge moves the frame clock with every commit (store/bridge.ts); the diagram's present is its.
  store.getState().now.setState({ nowMs: snapshot.timeMs });
  store.getInitialState = store.getState;
  return renderToStaticMarkup(createElement(AppStoreContext.Provider, { value: store }, createElement(SpacetimeView, { width: 900, height: 300, follow: true, onFollowChange: () => {}, onScene: () => {} })));
}

describe('the space-time testing contract', () => {
  const html = render();

  it('draws one element per message with its kind, ends and times', () => {
    expect(html.match(/data-testid="msg"/g)).toHaveLength(4);
    expect(html).toContain('data-kind="ping" data-type="ping" data-from="3" data-to="1" data-sent-ms="9000" data-delivered-ms="9002" data-held="false"');
    expect(html).toContain('data-kind="notification" data-type="notification" data-from="1" data-to="2" data-sent-ms="20001"');
    expect(html).toMatch(/data-kind="broadcast" data-type="commit"[^>]*data-held="true"[^>]*stroke-dasharray="7 4"/);
    expect(html).toContain('>held</text>');
  });

  it('draws role bands, the timer that decided with its rule, and the fault', () => {
    expect(html).toMatch(/data-testid="role-band" data-node="3" data-role="leading" data-epoch="1" data-start-ms="1200" data-end-ms="9500"/);
    expect(html).toMatch(/data-testid="role-band" data-node="3" data-role="down"/);
    expect(html).toMatch(/data-testid="timer-mark" data-reason="leader-silent" data-node="1" data-peer="3" data-t-ms="20000" data-silent-ms="10998" data-limit-ms="10000"/);
    expect(html).toContain('syncLimit × tickTime passed');
    expect(html).toMatch(/data-testid="fault-mark" data-action="crash" data-node="3" data-t-ms="9500"/);
    for (const id of [1, 2, 3]) expect(html).toContain(`data-testid="lane-${id}"`);
  });
});
