import { offlineState } from './offlineState';

/**
 * The app's root address. The bundle running this sits in `assets/` right below it, on share pages too,
 * whose own address is two folders further down.
 * @example appRoot('https://example.org/roadmap/assets/index-abc.js') // 'https://example.org/roadmap/'
 */
export function appRoot(moduleUrl: string): string {
  return new URL('..', moduleUrl).href;
}

/**
 * Registers the service worker once the page has loaded, and keeps the offline status current. A newer version
 * waits until the person chooses to reload (or closes every window of the app); when it takes over, every open
 * window reloads, so none keeps running old code that would ask for files the new version no longer has.
 */
export function registerServiceWorker(container: ServiceWorkerContainer | undefined = navigator.serviceWorker) {
  if (!container) return;
  offlineState.setState({ expected: true });
  const onConnection = () => offlineState.setState({ online: navigator.onLine });
  onConnection();
  window.addEventListener('online', onConnection);
  window.addEventListener('offline', onConnection);
  // A worker becomes active only after it has saved every file.
  void container.ready.then(() => offlineState.setState({ saved: true }));
  // The first worker takes over a page that had none; only a switch between versions needs the reload.
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    controlled = true;
  });
  const start = () => void register(container, appRoot(import.meta.url));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(container: ServiceWorkerContainer, root: string) {
  try {
    const registration = await container.register(`${root}sw.js`, { scope: root });
    // A new version found on this page's own navigation may already be installing, or even waiting, by now.
    const offer = (worker: ServiceWorker | null) => {
      const check = () => {
        if (worker?.state === 'installed' && container.controller) offlineState.setState({ update: () => worker.postMessage('skip-waiting') });
      };
      check();
      worker?.addEventListener('statechange', check);
    };
    offer(registration.waiting);
    offer(registration.installing);
    registration.addEventListener('updatefound', () => offer(registration.installing));
  } catch {
    // Offline, the update check cannot fetch sw.js; the worker already installed keeps serving.
  }
}
