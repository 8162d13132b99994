// The service worker, built into `sw.js` by scripts/offlinePlugin.ts with the build's file list as __PRECACHE__.
//
// Each deployment precaches every built file (app, dataset, icons and every share page) into a cache of its
// own, named by a hash of all their contents. A page and the files it loads always come from that one cache,
// so old pages never meet missing new files. A new worker installs beside the old one and waits; it takes over
// when every window of the app has closed, or at once when a person chooses Reload (then every open window
// reloads with it), and only then deletes the caches of older deployments.
import { precacheRoute } from './precacheRoute';

declare const __PRECACHE__: { version: string; urls: string[] };

// The DOM library has no service-worker types, and the WebWorker library clashes with it in one program.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const { version, urls } = __PRECACHE__;
const precached = new Set(urls);
// Copies of the app at other paths of the same origin share the cache storage; the scope keeps them apart.
const APP_CACHES = `roadmap-app ${scope} `;
const PRECACHE = APP_CACHES + version;
const DATASETS = `roadmap-datasets ${scope}`;
const KEEP_DATASETS = 5;

async function precache() {
  const cache = await caches.open(PRECACHE);
  await Promise.all(
    urls.map(async (path) => {
      const url = new URL(path, scope);
      // Past the HTTP cache: a stale page from it could name files this deployment no longer has.
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
      // A redirected answer cannot serve a page, so keep only its content.
      await cache.put(url, response.redirected ? new Response(await response.blob(), response) : response);
    }),
  );
}

async function removeOldDeployments() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(APP_CACHES) && name !== PRECACHE).map((name) => caches.delete(name)));
  await worker.clients.claim();
}

async function fromPrecache(path: string, request: Request) {
  // Missing only when the browser evicted the cache; then the network, as if there were no worker.
  return (await caches.match(new URL(path, scope).href, { cacheName: PRECACHE })) ?? fetch(request);
}

/** A custom dataset (`?data=`): the newest copy when the network answers, the last one kept when it does not. */
async function datasetNetworkFirst(event: FetchEvent) {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(keepDataset(request, response.clone()));
    return response;
  } catch (error) {
    const kept = await caches.match(request, { cacheName: DATASETS });
    if (kept) return kept;
    throw error;
  }
}

async function keepDataset(request: Request, response: Response) {
  const cache = await caches.open(DATASETS);
  // Deleted first so the copy moves to the end of the cache's order, which is oldest first.
  await cache.delete(request);
  await cache.put(request, response);
  const kept = await cache.keys();
  await Promise.all(kept.slice(0, -KEEP_DATASETS).map((old) => cache.delete(old)));
}

worker.addEventListener('install', (event) => event.waitUntil(precache()));
worker.addEventListener('activate', (event) => event.waitUntil(removeOldDeployments()));
worker.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void worker.skipWaiting();
});
worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const path = precacheRoute(request.url, scope, request.mode === 'navigate', precached);
  if (path !== null) event.respondWith(fromPrecache(path, request));
  // The app's only fetch() of its own is a dataset's; the built-in one is precached above.
  else if (request.destination === '' && request.mode !== 'navigate') event.respondWith(datasetNetworkFirst(event));
});
