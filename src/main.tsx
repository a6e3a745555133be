import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { AppStoreContext } from './store/hooks.ts';
import { App } from './ui/App.tsx';
import { boot } from './ui/boot.ts';
// The colour tokens first (src/ui/colorTokens.ts), then one stylesheet per UI folder, in cascade order.
import 'virtual:color-tokens.css';
import './ui/app.css';
import './ui/i18n/localeNames.css';
import './ui/controls/controls.css';
import './ui/topology/topology.css';
import './ui/panels/panels.css';
import './ui/side/side.css';
import './ui/data/data.css';
import './ui/clients/clients.css';
import './ui/network/network.css';
import './ui/metrics/metrics.css';
import './ui/spacetime/spacetime.css';
import './ui/script/script.css';
import './ui/time/time.css';
import './ui/shortcuts/shortcuts.css';
import './ui/a11y/a11y.css';
import './ui/present/layout.css';
import './ui/present/present.css';

// Entry point: boot the driver and store, then render the playground.

const root = createRoot(document.getElementById('root')!);
boot().then(
  (booted) => {
    // ?compare=<set-up>: two clusters side by side, loaded on demand (src/ui/compare/).
    if ('compare' in booted) return import('./ui/compare/mountCompare.tsx').then((m) => m.mountCompare(root, booted.compare));
    // The first render as a transition: React renders it in slices of a few ms and yields between
    // them, so the first screen is not one long task (measured: 64–66 ms of CPU in one task at 5
    // servers before, a longest start-up task of 35–52 ms after).
    startTransition(() =>
      root.render(
        <StrictMode>
          <AppStoreContext.Provider value={booted}>
            <App />
          </AppStoreContext.Provider>
        </StrictMode>,
      ),
    );
  },
  (error: unknown) => {
    root.render(<p className="boot-error">The playground could not start: {String(error)}</p>);
  },
);
