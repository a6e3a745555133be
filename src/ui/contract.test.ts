import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFERRED_AREAS } from '../i18n/catalogAreas.ts';
import { setLocale, loadAreas, useLocaleStore } from './i18n/localeStore.ts';
import { ManualFrameClock, defaultSpecInput, makeSpec, type ClientView, type DriverSnapshot, type TimelineEntry } from '../driver/index.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { createAppStore } from '../store/index.ts';
import { reduceCommit } from '../store/commit.ts';
import { AppStoreContext } from '../store/hooks.ts';
import { ensemble } from '../store/testNodes.ts';
import { ClientCard } from './clients/ClientCard.tsx';
import { ServerTree } from './data/ServerTree.tsx';
import { EventEntry } from './panels/EventEntry.tsx';
import { InvariantDetails, violationWords } from './panels/InvariantDetails.tsx';

// The page loads its language before it draws; so do these renders.
beforeAll(() => setLocale('en'));

// The page loads these words with the tabs and panels; rendered here directly (some while the tests
// are collected), they load first.
await loadAreas(DEFERRED_AREAS);

// The DOM testing contract (DESIGN §6) as rendered markup, without a browser: tree-<id>,
// client-<name>, the invariant details, and event log entries with their record in data-event. Rendered on the server side of react-dom.

const z = (epoch: number, counter: number) => epoch * 2 ** 32 + counter;

function client(over: Partial<ClientView>): ClientView {
  return { name: 'c1', state: 'connected', server: 2, tryingServer: null, sessionId: 0x1000012daf0, timeoutMs: 6000, requestedTimeoutMs: 6000, lastZxidSeen: 0, pendingOps: 0, lastCallId: 0, lastHeardMs: 9000, readTimeoutMs: 4000, connectTimeoutMs: 1200, retryAtMs: null, closing: false, vanished: false, serverOrder: [2, 1, 3], ...over };
}

function render(snapshot: Partial<DriverSnapshot>, element: ReactElement): string {
  const store = createAppStore(new SimDriver({ clock: new ManualFrameClock() }), { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(3, 1)) });
  const nodes = ensemble(3, 3);
  const full: DriverSnapshot = { timeMs: 10_000, nodes, clients: [], faults: [], invariants: { ok: true, violations: [] }, health: { lagP50Ms: 0, lagP99Ms: 0, behind: false }, ...snapshot };
  store.setState(reduceCommit(store.getState(), { runId: 0, snapshot: full, events: [], flights: [], atRealMs: 0 })!);
  // The frame clock at the snapshot's time, as the bridge's ticker would have it.
  store.getState().now.setState({ nowMs: full.timeMs });
  // Server rendering reads zustand's initial state (useSyncExternalStore's server snapshot).
  store.getInitialState = store.getState;
  return renderToStaticMarkup(createElement(AppStoreContext.Provider, { value: store }, element));
}

const znode = (path: string, value: string, ephemeralOwner = 0) => ({ path, value, ephemeralOwner, version: 0, czxid: 1, mzxid: 1, cversion: 0 });

describe('the testing contract', () => {
  it('renders a server tree with its zxid, lag and one element per znode', () => {
    const nodes = ensemble(3, 3);
    nodes[0] = { ...nodes[0]!, lastCommittedZxid: z(1, 2), tree: [znode('/a', 'old')] };
    nodes[2] = { ...nodes[2]!, lastCommittedZxid: z(1, 4), tree: [znode('/a', 'new'), znode('/lock', 'x', 7)] };
    const html = render({ nodes }, createElement(ServerTree, { id: 1 }));
    expect(html).toContain('data-testid="tree-1"');
    expect(html).toContain('data-zxid="0x100000002"');
    expect(html).toContain('data-lag-txns="2"');
    expect(html).toContain('data-path="/a" data-value="old"');
    expect(html).toContain('≠ leader');
    expect(html).toMatch(/znode-missing[^>]*>.*\/lock/);
    expect(html).not.toContain('data-path="/lock"');
  });

  it('carries a long value as its size and digest only, a short one whole, on every server', () => {
    const big = 'v'.repeat(1024 * 1024);
    const nodes = ensemble(3, 3).map((n) => ({ ...n, tree: [znode('/big', big), znode('/small', 'ok')] }));
    const html = render({ nodes }, createElement(ServerTree, { id: 1 }));
    expect(html.length).toBeLessThan(4000);
    expect(html).toMatch(/data-path="\/big" data-value-bytes="1048576" data-value-digest="[0-9a-f]{8}"/);
    expect(html).toContain('data-path="/small" data-value="ok" data-value-bytes="2"');
    expect(html).toContain('(1,048,576 bytes)');
  });

  it('renders a client with its state, server and session', () => {
    const html = render({ clients: [client({})] }, createElement(ClientCard, { name: 'c1' }));
    expect(html).toContain('data-testid="client-c1" data-state="connected" data-server="2" data-session-id="0x1000012daf0"');
    expect(html).toContain('1.0 s ago');
    const gone = render({ clients: [client({ state: 'disconnected', server: null, vanished: true })] }, createElement(ClientCard, { name: 'c1' }));
    expect(gone).toContain('data-state="disconnected" data-server=""');
    expect(gone).toContain('vanished');
  });

  it('names the servers, epoch and zxid of a broken invariant', () => {
    const violations = [
      { rule: 'one-leader-per-epoch', text: 'Servers 1 and 2 were both established as leader of epoch 3.', servers: [1, 2], epoch: 3 },
      { rule: 'committed-never-lost', text: 'Server 2 lacks committed transaction 0x300000004: it was lost.', servers: [2], zxid: '0x300000004' },
    ];
    const html = render({ invariants: { ok: false, violations } }, createElement(InvariantDetails));
    expect(html).toContain('data-rule="one-leader-per-epoch" data-servers="1,2" data-epoch="3" data-zxid=""');
    // The epoch of a zxid-only violation is read from the zxid's high bits.
    expect(html).toContain('data-rule="committed-never-lost" data-servers="2" data-epoch="3" data-zxid="0x300000004"');
    expect(render({}, createElement(InvariantDetails))).toBe('');
  });

  it('words a broken invariant in Chinese from its data, without the monitor\'s English sentence', async () => {
    const violation = { rule: 'one-leader-per-epoch', text: 'Servers 1 and 2 were both established as leader of epoch 3.' };
    await setLocale('zh');
    try {
      await loadAreas(DEFERRED_AREAS);
      expect(violationWords(violation, useLocaleStore.getState().t, 'zh')).toEqual({ headline: '✗ 同一 epoch 出现两个领导者', sentence: null });
      // A rule the page cannot name keeps the monitor's sentence, so nothing is hidden.
      expect(violationWords({ rule: 'new-rule', text: 'Something broke.' }, useLocaleStore.getState().t, 'zh')).toEqual({ headline: '✗ new-rule:', sentence: 'Something broke.' });
    } finally {
      await setLocale('en');
    }
    expect(violationWords(violation, useLocaleStore.getState().t, 'en')).toEqual({ headline: '✗ Two leaders in one epoch:', sentence: violation.text });
  });

  it('renders an event entry with its kind, servers and record, and its words from the record', () => {
    const lead: TimelineEntry = { id: 7, t: 12_300, node: 3, kind: 'leader-elected', epoch: 2, followers: [1, 2], voters: 3, zxid: z(2, 0), peers: [1, 2] };
    const html = render({}, createElement(EventEntry, { group: { lead, count: 1, servers: [1, 2, 3] }, linked: false }));
    expect(html).toContain('data-kind="leader-elected" data-node="3"');
    const json = /data-event="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"');
    expect(JSON.parse(json)).toMatchObject({ kind: 'leader-elected', node: 3, epoch: 2, followers: [1, 2] });
    expect(html).toContain('Server 3 leads epoch 2');
  });
});
