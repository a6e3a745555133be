import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppStoreContext } from './store/hooks.ts';
import { App } from './ui/App.tsx';
import { boot } from './ui/boot.ts';
import './ui/app.css';

// Entry point: boot the driver and store, then render the playground.

const root = createRoot(document.getElementById('root')!);
boot().then(
  (store) =>
    root.render(
      <StrictMode>
        <AppStoreContext.Provider value={store}>
          <App />
        </AppStoreContext.Provider>
      </StrictMode>,
    ),
  (error: unknown) => {
    root.render(<p className="boot-error">The playground could not start: {String(error)}</p>);
  },
);
