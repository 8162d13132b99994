import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { useAppStore } from '../state/AppStore';

// A part of the explorer that throws while drawing any roadmap whose title says so, as a bug would.
vi.mock('../controls/FilterBar', () => ({
  FilterBar: function FilterBar() {
    const title = useAppStore((s) => s.roadmap.meta.title);
    if (title.includes('Boom')) throw new RangeError('Maximum call stack size exceeded');
    return null;
  },
}));

const boom = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, title: 'Boom roadmap' } };

function renderApp(datasetUrl?: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App datasetUrl={datasetUrl} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  // The built-in dataset is the fixture; /boom.json draws badly.
  vi.spyOn(globalThis, 'fetch').mockImplementation(
    async (input) => new Response(JSON.stringify(String(input instanceof Request ? input.url : input).endsWith('/boom.json') ? boom : fixtureRoadmap)),
  );
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('App when the explorer fails while drawing', () => {
  it('keeps the roadmap that was on screen when a newly opened one fails to draw, and says why', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture roadmap' })).toBeInTheDocument();
    const file = new File([JSON.stringify(boom)], 'boom.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Dataset file'), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('boom.json loaded, but drawing it failed: RangeError: Maximum call stack size exceeded');
    expect(alert).toHaveTextContent('still on screen and usable');
    expect(screen.getByRole('heading', { level: 1, name: 'Fixture roadmap' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('without an earlier roadmap, says so with Reload, Back to the built-in roadmap and the error text', async () => {
    window.history.replaceState(null, '', '/?data=/boom.json&node=codex');
    renderApp('/boom.json');
    const crash = await screen.findByRole('alert');
    expect(crash).toHaveTextContent('The explorer stopped because of an error');
    expect(crash).toHaveTextContent('RangeError: Maximum call stack size exceeded');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    const reports = vi.mocked(console.error).mock.calls.filter((args) => args.some((a) => String(a).includes('Maximum call stack')));
    expect(reports).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Back to the built-in roadmap' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture roadmap' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });
});
