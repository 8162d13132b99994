import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import './styles.css';
import { applyTheme, storedTheme } from './app/theme';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { afterShellPaint } from './app/afterShellPaint';

// Before the first paint, so a dark-theme visitor never sees a white flash.
applyTheme(storedTheme());

// Share pages live two folders down (n/<id>/) and history later moves to the app's root; browsers
// re-resolve a relative icon or manifest link on every URL change, so pin them to absolute URLs first.
document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="manifest"]').forEach((link) => link.setAttribute('href', link.href));

// Only a build has a service worker (scripts/offlinePlugin.ts); the dev server's files change on every save.
declare const __SERVICE_WORKER__: boolean;
if (__SERVICE_WORKER__) registerServiceWorker();

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  afterShellPaint(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
