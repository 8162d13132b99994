// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appRoot, registerServiceWorker } from './registerServiceWorker';
import { offlineState } from './offlineState';

describe('appRoot', () => {
  it('finds the root from the bundle in assets/, wherever the app is served', () => {
    expect(appRoot('https://example.org/roadmap/assets/index-abc.js')).toBe('https://example.org/roadmap/');
    expect(appRoot('http://127.0.0.1:4173/sub/path/assets/index-abc.js')).toBe('http://127.0.0.1:4173/sub/path/');
    expect(appRoot('https://example.org/assets/index-abc.js')).toBe('https://example.org/');
  });
});

/** Just enough of a service worker, its registration and the container for the page's side of the handshake. */
function fakeWorker(state: ServiceWorkerState) {
  return Object.assign(new EventTarget(), { state, postMessage: vi.fn() });
}
type FakeWorker = ReturnType<typeof fakeWorker>;
const advance = (worker: FakeWorker, state: ServiceWorkerState) => {
  worker.state = state;
  worker.dispatchEvent(new Event('statechange'));
};

function fakeContainer({
  controlled,
  waiting = null,
  installing = null,
}: {
  controlled: boolean;
  waiting?: FakeWorker | null;
  installing?: FakeWorker | null;
}) {
  const registration = Object.assign(new EventTarget(), { waiting, installing });
  let activate = () => {};
  const ready = new Promise<void>((resolve) => (activate = resolve));
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    ready,
    register: vi.fn(async () => registration),
  });
  // Resolves after the page's own handlers for the registration have run: theirs were queued first.
  const registered = async () => {
    await vi.waitFor(() => expect(container.register).toHaveBeenCalledOnce());
    await container.register.mock.results[0]?.value;
  };
  return { container: container as unknown as ServiceWorkerContainer, register: container.register, registration, activate, registered };
}

const initial = offlineState.getState();
afterEach(() => offlineState.setState(initial, true));

describe('registerServiceWorker', () => {
  it('registers the worker at the app root and says the app is saved once a worker is active', async () => {
    const { container, register, activate } = fakeContainer({ controlled: false });
    expect(offlineState.getState().expected).toBe(false);
    registerServiceWorker(container);
    // From the start the header keeps the status line's room.
    expect(offlineState.getState().expected).toBe(true);
    await vi.waitFor(() => expect(register).toHaveBeenCalledOnce());
    expect(register.mock.calls[0]).toEqual([`${appRoot(import.meta.url)}sw.js`, { scope: appRoot(import.meta.url) }]);
    expect(offlineState.getState().saved).toBe(false);
    activate();
    await vi.waitFor(() => expect(offlineState.getState().saved).toBe(true));
    expect(offlineState.getState().update).toBeNull();
  });

  it('offers a version that is already waiting, and switches to it only when asked', async () => {
    const waiting = fakeWorker('installed');
    const { container } = fakeContainer({ controlled: true, waiting });
    registerServiceWorker(container);
    await vi.waitFor(() => expect(offlineState.getState().update).not.toBeNull());
    expect(waiting.postMessage).not.toHaveBeenCalled();
    offlineState.getState().update?.();
    expect(waiting.postMessage).toHaveBeenCalledWith('skip-waiting');
  });

  it('offers a version still installing, or found later, once it has saved every file', async () => {
    const installing = fakeWorker('installing');
    const { container, registration, registered } = fakeContainer({ controlled: true, installing });
    registerServiceWorker(container);
    await registered();
    expect(offlineState.getState().update).toBeNull();
    advance(installing, 'installed');
    expect(offlineState.getState().update).not.toBeNull();

    offlineState.setState({ update: null });
    const later = fakeWorker('installing');
    registration.installing = later;
    registration.dispatchEvent(new Event('updatefound'));
    advance(later, 'installed');
    offlineState.getState().update?.();
    expect(later.postMessage).toHaveBeenCalledWith('skip-waiting');
  });

  it('offers nothing on the first install, when no worker controlled the page yet', async () => {
    const installing = fakeWorker('installing');
    const { container, registered } = fakeContainer({ controlled: false, installing });
    registerServiceWorker(container);
    await registered();
    advance(installing, 'installed');
    expect(offlineState.getState().update).toBeNull();
  });
});
