import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppStoreProvider } from '../state/AppStore';
import { createAppStore } from '../state/createAppStore';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { activateLanguage, currentLanguage } from '../i18n/i18n';
import { useUrlSync } from './useUrlSync';

const known = { nodes: new Set<string>(), lanes: new Set<string>(), concerns: new Set<string>() };

function mount() {
  const store = createAppStore(fixtureRoadmap, { today: Date.UTC(2026, 0, 1) });
  const wrapper = ({ children }: { children: ReactNode }) => <AppStoreProvider store={store}>{children}</AppStoreProvider>;
  return renderHook(() => useUrlSync(known, false), { wrapper });
}

afterEach(async () => {
  window.history.replaceState(null, '', '/');
  await activateLanguage('en');
});

describe('useUrlSync', () => {
  it('switches the language when Back or Forward reaches an entry with another lang=', async () => {
    const { unmount } = mount();
    window.history.pushState(null, '', '/?lang=de');
    await act(async () => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await vi.waitFor(() => expect(currentLanguage()).toBe('de'));

    window.history.pushState(null, '', '/?lang=ar');
    await act(async () => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await vi.waitFor(() => expect(currentLanguage()).toBe('ar'));
    // The address already names the language: the entry is left as it is.
    expect(window.location.search).toBe('?lang=ar');
    unmount();
  });

  it('keeps the language on screen for an entry that names none', async () => {
    await activateLanguage('fr');
    const { unmount } = mount();
    window.history.pushState(null, '', '/');
    await act(async () => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(currentLanguage()).toBe('fr');
    unmount();
  });
});
