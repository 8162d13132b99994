import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createAppStore, type ViewState } from '../state/createAppStore';
import { AppStoreProvider } from '../state/AppStore';
import { fixtureRoadmap } from './fixtureRoadmap';
import type { Roadmap } from '../dataset/schema';

/** Renders with a fresh QueryClient (no retries) and a fresh store, so tests never share state. */
export function renderWithProviders(ui: ReactElement, options: { roadmap?: Roadmap; initial?: Partial<ViewState> } = {}) {
  const store = createAppStore(options.roadmap ?? fixtureRoadmap, { today: Date.UTC(2026, 10, 24), initial: options.initial });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AppStoreProvider store={store}>{ui}</AppStoreProvider>
    </QueryClientProvider>,
  );
  return { ...result, store, queryClient };
}
