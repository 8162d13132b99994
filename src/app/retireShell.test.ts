import { afterEach, describe, expect, it, vi } from 'vitest';
import { retireShell, SHELL_GRACE_MS } from './retireShell';

/** A stand-in for the browser's observer: `report()` delivers an entry, as the browser does once a paint is timed. */
function fakeObserver(entryTypes: string[]) {
  const observers: { callback: () => void; connected: boolean; buffered?: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = entryTypes;
    record: (typeof observers)[number];
    constructor(callback: () => void) {
      this.record = { callback, connected: false };
      observers.push(this.record);
    }
    observe(options: { type: string; buffered?: boolean }) {
      expect(options.type).toBe('largest-contentful-paint');
      this.record.connected = true;
      this.record.buffered = options.buffered;
    }
    disconnect() {
      this.record.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { observers, report: () => observers.filter((o) => o.connected).forEach((o) => o.callback()) };
}

function writtenShell() {
  document.body.innerHTML =
    '<div id="app-shell" class="app-shell"><p>Title</p><div class="app-shell__probe"><div id="app-shell-chart-width"></div></div></div><div id="root"></div>';
  return document.getElementById('app-shell')!;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('retireShell', () => {
  it('hides the written header at once and removes it when the browser has timed the paints so far', () => {
    const { observers, report } = fakeObserver(['largest-contentful-paint', 'paint']);
    const later = vi.fn();
    const shell = writtenShell();
    retireShell(shell, later);
    expect(shell.classList.contains('app-shell--retired')).toBe(true);
    expect(shell.isConnected).toBe(true);
    // Its copy of the columns goes at once, so an explorer mounted meanwhile measures its own.
    expect(document.getElementById('app-shell-chart-width')).toBeNull();
    // Retiring it again (the app settles anew) adds no second observer.
    retireShell(shell, later);
    expect(observers).toHaveLength(1);
    expect(later).toHaveBeenCalledOnce();
    // Entries already timed count too: the header may have been timed before the app was ready.
    expect(observers[0]).toMatchObject({ connected: true, buffered: true });
    report();
    expect(shell.isConnected).toBe(false);
    expect(observers[0]!.connected).toBe(false);
    expect(document.getElementById('root')).not.toBeNull();
  });

  it('removes a header that never reports a paint after a grace period', () => {
    fakeObserver(['largest-contentful-paint']);
    const later = vi.fn();
    const shell = writtenShell();
    retireShell(shell, later);
    expect(later).toHaveBeenCalledWith(expect.any(Function), SHELL_GRACE_MS);
    later.mock.calls[0]![0]();
    expect(shell.isConnected).toBe(false);
  });

  it('removes it at once where the browser does not time the largest paint', () => {
    fakeObserver(['paint']);
    const shell = writtenShell();
    retireShell(shell, vi.fn());
    expect(shell.isConnected).toBe(false);
    vi.stubGlobal('PerformanceObserver', undefined);
    const again = writtenShell();
    retireShell(again, vi.fn());
    expect(again.isConnected).toBe(false);
  });

  it('does nothing without a written header (the dev server, an embed built without one)', () => {
    expect(() => retireShell(null, vi.fn())).not.toThrow();
  });
});
