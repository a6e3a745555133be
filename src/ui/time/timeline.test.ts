import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec, type DriverSnapshot, type TimelineEntry } from '../../driver/index.ts';
import { SimDriver } from '../../driver/simDriver.ts';
import { LIVE_CAPABILITIES } from '../../driver/capabilities.ts';
import { reduceCommit } from '../../store/commit.ts';
import { AppStoreContext } from '../../store/hooks.ts';
import { createAppStore, type AppStore } from '../../store/index.ts';
import { ensemble } from '../../store/testNodes.ts';
import { TimelineBar } from './TimelineBar.tsx';
import { loadAreas, setLocale } from '../i18n/localeStore.ts';
import { PauseOnItems } from './PauseOnItems.tsx';

// The page loads its language before it draws; so do these renders (and the pause-on menu's words,
// which the page loads when the menu opens).
beforeAll(async () => {
  await setLocale('en');
  await loadAreas(['pauseOn']);
});

// The time bar's testing contract as rendered markup: timeline with its data attributes, the
// marks, step only where the driver can step.

function storeWithFrames(): AppStore {
  const store = createAppStore(new SimDriver({ clock: new ManualFrameClock() }), { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(3, 1)) });
  const snapshot = (timeMs: number): DriverSnapshot => ({ timeMs, nodes: ensemble(3, 3), clients: [], faults: [], invariants: { ok: true, violations: [] }, health: { lagP50Ms: 0, lagP99Ms: 0, behind: false } });
  const crash = { id: 1, t: 300, node: 3, kind: 'crash', wasLeading: true, detection: { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: 5, tickTimeMs: 2000 } } } as TimelineEntry;
  for (const [t, events] of [[0, []], [300, [crash]], [600, []]] as const) store.setState(reduceCommit(store.getState(), { runId: 0, snapshot: snapshot(t), events: [...events], flights: [], atRealMs: 0 })!);
  return store;
}

function render(store: AppStore, component: () => React.ReactNode = TimelineBar): string {
  store.getInitialState = store.getState;
  return renderToStaticMarkup(createElement(AppStoreContext.Provider, { value: store }, createElement(component)));
}

/** The markup once the parts it loads on demand (the step buttons) have arrived, as on the page a moment later. */
async function renderLoaded(store: AppStore): Promise<string> {
  render(store);
  await vi.dynamicImportSettled();
  return render(store);
}

describe('the time bar', () => {
  it('says the recorded range and that it is live, with a mark per fault', async () => {
    const html = await renderLoaded(storeWithFrames());
    expect(html).toMatch(/data-testid="timeline" data-min-ms="0" data-max-ms="600" data-at-ms="600" data-live="true"/);
    expect(html).toMatch(/data-mark="fault" data-at-ms="300"/);
    expect(html).toContain('data-testid="step"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="back-to-live"/);
  });

  it('names the frame shown when scrubbed, snapped to the one at or before', () => {
    const store = storeWithFrames();
    store.getState().setViewAtMs(450);
    const html = render(store);
    expect(html).toMatch(/data-at-ms="300" data-live="false"/);
    expect(html).toContain('paused in the past');
  });

  it('draws no step control for a driver that cannot step', async () => {
    const store = storeWithFrames();
    store.setState({ capabilities: LIVE_CAPABILITIES });
    expect(await renderLoaded(store)).not.toContain('data-testid="step"');
    expect(render(store, PauseOnItems)).toContain('as soon as the event reaches it');
  });
});
