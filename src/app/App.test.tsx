import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App datasetUrl="/data.json" />
    </QueryClientProvider>,
  );
}

/** The custom dataset (/data.json) answers with `body`; the built-in one is the valid fixture. */
const respond = (body: string, status = 200) =>
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    return url.endsWith('/data.json') ? new Response(body, { status }) : new Response(JSON.stringify(fixtureRoadmap));
  });

afterEach(() => vi.restoreAllMocks());

describe('App', () => {
  it('renders the explorer for a valid dataset', async () => {
    respond(JSON.stringify(fixtureRoadmap));
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture roadmap' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();
  });

  it('keeps the built-in roadmap usable under the error of a failed custom dataset', async () => {
    respond('nope', 404);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('still on screen and usable');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fixture roadmap' })).toBeInTheDocument();
  });

  it('lists every schema problem with its JSON path', async () => {
    const broken = structuredClone(fixtureRoadmap) as unknown as { milestones: { date: string }[]; levels: { name?: string }[] };
    broken.milestones[1]!.date = '2025-13-01';
    delete broken.levels[0]!.name;
    respond(JSON.stringify(broken));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('milestones[1] (codex-launch).date: "2025-13-01" is not a real calendar date');
    expect(alert).toHaveTextContent('levels[0] (level-1).name: Invalid input: expected string, received undefined');
    expect(alert).toHaveTextContent('2 problems');
  });

  it('names dangling links', async () => {
    const broken = structuredClone(fixtureRoadmap);
    broken.milestones[0]!.initiative = 'no-such-initiative';
    respond(JSON.stringify(broken));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('milestones[0] (chat-launch).initiative: "no-such-initiative" is not the id of any initiative');
  });

  it('explains a 404 and malformed JSON', async () => {
    respond('not found', 404);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('the server answered 404');
  });

  it('explains malformed JSON', async () => {
    respond('{"meta": ');
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('/data.json is not valid JSON');
  });
});
