import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../driver/index.ts';
import { elected3, realNode, update } from '../driver/real/testFrames.ts';
import { SimDriver } from '../driver/simDriver.ts';
import { connectDriver } from '../store/bridge.ts';
import { createAppStore } from '../store/createAppStore.ts';
import { realStore } from '../store/realStoreFixture.ts';
import { AppStoreContext } from '../store/hooks.ts';
import type { AppStore } from '../store/index.ts';
import { Toolbar } from './controls/Toolbar.tsx';
import { ClockReadout } from './panels/ClockReadout.tsx';
import { EventLog } from './panels/EventLog.tsx';
import { HealthBanner } from './panels/HealthBanner.tsx';
import { NodeDetails } from './panels/NodeDetails.tsx';
import { PauseOnItems } from './time/PauseOnItems.tsx';
import { loadAreas, setLocale } from './i18n/localeStore.ts';

// The page loads its language, and on a real ensemble that ensemble's words, before it draws; so do
// these renders.
beforeAll(async () => {
  await setLocale('en');
  await loadAreas(['real', 'pauseOn']);
});

// The page follows the driver's capabilities: on a real ensemble the speed slider, settings and
// reset give way to why not, pause all says it is not a freeze, what a server does not report says
// so, and each log entry carries its source.

function render(store: AppStore, component: () => React.ReactNode): string {
  // A server render reads the store's initial state: make that the state now.
  store.getInitialState = store.getState;
  return renderToStaticMarkup(createElement(AppStoreContext.Provider, { value: store }, createElement(component)));
}


// The toolbar's compare link reads the page's address.
beforeAll(() => vi.stubGlobal('window', { location: { search: '', href: 'http://127.0.0.1/' } }));
afterAll(() => vi.unstubAllGlobals());

describe('the page on a real ensemble', () => {
  it('shows real time instead of a speed slider, and no settings or reset, with the reasons', async () => {
    const { store } = await realStore();
    const html = render(store, Toolbar);
    expect(html).toContain('data-testid="speed-fixed"');
    expect(html).not.toContain('type="range"');
    expect(html).not.toContain('data-testid="open-settings"');
    expect(html).not.toContain('data-testid="reset"');
    expect(html).toContain('data-testid="fixed-ensemble"');
    expect(html).toContain('Pause all stops every server (SIGSTOP)');
    expect(render(store, ClockReadout)).toContain('aria-label="Real time"');
  });

  it('offers no slow motion, and says a pause stops the servers without stopping time', async () => {
    const { store } = await realStore();
    const html = render(store, PauseOnItems);
    expect(html).not.toContain('data-testid="slow-motion"');
    expect(html).toContain('data-testid="pause-not-freeze"');
    expect(html).toContain('Real servers run in real time');
  });

  it('shows an unresponsive server as such, and what it does not report as not reported', async () => {
    const { store, socket, clock } = await realStore();
    socket.receive(update(1100, [realNode(1, 3, 1100, { status: 'unresponsive' }), ...elected3(1100).slice(1)]));
    clock.frame(16);
    store.getState().select(1);
    const html = render(store, NodeDetails);
    expect(html).toContain('not answering');
    expect(html).toContain('— (not reported)');
    expect(render(store, HealthBanner)).toContain('Polls time out for server(s) 1');
  });

  it('tags each log entry with where it came from', async () => {
    const { store } = await realStore();
    expect(render(store, EventLog)).toMatch(/data-testid="event-source"[^>]*>log</);
  });
});

describe('the page on the simulator', () => {
  it('keeps its speed slider, settings and reset, and draws no source tags', () => {
    const clock = new ManualFrameClock();
    const driver = new SimDriver({ clock });
    const store = createAppStore(driver, { driverKind: 'simulated', spec: makeSpec(defaultSpecInput(3, 1)) });
    connectDriver(store, driver, clock);
    store.getState().reset();
    for (let i = 0; i < 20; i++) clock.frame(100);
    const html = render(store, Toolbar);
    expect(html).toContain('type="range"');
    expect(html).toContain('data-testid="open-settings"');
    expect(store.getState().timeline.length).toBeGreaterThan(0);
    expect(render(store, EventLog)).not.toContain('data-testid="event-source"');
  });
});
