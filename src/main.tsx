// The colour tokens and the page's own layout come first; each feature's stylesheet comes with its components.
import './tokens.css';
import './app/page.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { ExplorerCrash } from './app/ExplorerCrash';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { appRootPath } from './url/viewStateUrl';
// Last, so the handout's rules win over every feature's.
import './print.css';
import { applyTheme, storedTheme } from './app/theme';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { readDataParam } from './app/dataParam';
import { roadmapQuery } from './dataset/roadmapQuery';
import { startLanguage } from './i18n/startLanguage';

// The stylesheet follows the operating system by itself (light-dark()); this applies a theme chosen in the toolbar.
applyTheme(storedTheme());

// Share pages live two folders down (n/<id>/) and history later moves to the app's root; browsers
// re-resolve a relative icon or manifest link on every URL change, so pin them to absolute URLs first.
document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="manifest"]').forEach((link) => link.setAttribute('href', link.href));

// Only a build has a service worker (scripts/offlinePlugin.ts); the dev server's files change on every save.
declare const __SERVICE_WORKER__: boolean;
if (__SERVICE_WORKER__) registerServiceWorker();

const queryClient = new QueryClient();
// The dataset the page opens starts downloading now, not after the first render; the app's query takes over this
// request. (A preload link in index.html would start sooner, but would download the built-in dataset on every
// page that opens another one.)
void queryClient.prefetchQuery(roadmapQuery(readDataParam() ?? undefined));
const root = document.getElementById('root');
// Every error a boundary catches is reported here, once, with the components it went through; the boundary
// shows its fallback. The outer boundary holds what App's own boundaries cannot: App itself.
const reportCaught = (error: unknown, info: { componentStack?: string }) =>
  console.error('The explorer caught an error while drawing and shows a fallback instead:', error, info.componentStack ?? '');
// English is bundled; another language's catalogue (a few kB) arrives before the first render, so the page never
// flashes English first. A failed download leaves the page in English rather than blank.
const languageReady = startLanguage().catch((error: unknown) => console.error('The language could not be loaded:', error));
if (root) {
  void languageReady.then(() =>
    createRoot(root, { onCaughtError: reportCaught }).render(
      <StrictMode>
        <ErrorBoundary fallback={(error) => <ExplorerCrash error={error} onBuiltIn={() => window.location.assign(appRootPath(window.location.pathname))} />}>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
