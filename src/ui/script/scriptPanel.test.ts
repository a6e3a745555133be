import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFERRED_AREAS } from '../../i18n/catalogAreas.ts';
import { loadAreas } from '../i18n/localeStore.ts';
import { ManualFrameClock, defaultSpecInput, makeSpec } from '../../driver/index.ts';
import { SimDriver } from '../../driver/simDriver.ts';
import { createAppStore } from '../../store/index.ts';
import { AppStoreContext } from '../../store/hooks.ts';
import { TABS } from '../side/SideTabs.tsx';
import { ScriptTab } from './ScriptTab.tsx';

// The page loads these words with the tabs and panels; rendered here directly (some while the tests
// are collected), they load first.
await loadAreas(DEFERRED_AREAS);

// The script panel's hooks as rendered markup (docs/TESTING.md, "Scripts, share links and traces").

function render(driverKind: 'simulated' | 'live'): string {
  const driver = new SimDriver({ clock: new ManualFrameClock() });
  const store = createAppStore(driver, { driverKind, spec: makeSpec(defaultSpecInput(3, 6)) });
  store.getState().reset();
  driver.crash(2);
  store.getState().syncScript();
  store.getInitialState = store.getState;
  return renderToStaticMarkup(createElement(AppStoreContext.Provider, { value: store }, createElement(ScriptTab)));
}

describe('the script panel', () => {
  it('is a side tab', () => {
    expect(TABS.map((t) => t.tab)).toContain('script');
  });

  it('shows the recording in data-testid="script", with run, share, export and import', () => {
    const html = render('simulated');
    expect(html).toMatch(/<textarea[^>]*data-testid="script"[^>]*data-edited="false"[^>]*>nodes 3\nconfig tickTime=2000/);
    expect(html).toContain('at 0 crash 2');
    for (const id of ['script-run', 'share-link', 'share-copy', 'export-scn', 'export-trace', 'import-file']) expect(html).toContain(`data-testid="${id}"`);
    expect(html).not.toContain('data-testid="rerun-in-sim"');
  });

  it('offers the re-run in the simulator with the live driver, and no trace export', () => {
    const html = render('live');
    expect(html).toContain('data-testid="rerun-in-sim"');
    expect(html).toMatch(/data-testid="export-trace"[^>]*disabled=""|disabled=""[^>]*data-testid="export-trace"/);
  });
});
