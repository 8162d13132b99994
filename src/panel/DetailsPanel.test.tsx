import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from './DetailsPanel';
import { renderWithProviders } from '../testing/renderWithProviders';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { largeRoadmap } from '../testing/largeRoadmap';

describe('DetailsPanel', () => {
  // The details body is a lazy chunk (framer-motion included): importing it first, with the hook's own time limit,
  // leaves each test waiting on the panel, not on a busy machine transforming that chunk within findBy's second.
  beforeAll(async () => {
    await import('./AnimatedDetails');
  }, 30_000);

  it('is a Details landmark with no heading until something is selected', () => {
    renderWithProviders(<DetailsPanel />);
    const aside = screen.getByRole('complementary', { name: 'Details' });
    expect(within(aside).queryByRole('heading', { level: 2 })).toBeNull();
    expect(aside).toHaveTextContent('Select a level');
  });

  it('shows the essay beside the sources, levels with their basis, concerns and sources for an initiative', async () => {
    renderWithProviders(<DetailsPanel />, { initial: { selectedId: 'codex' } });
    const aside = screen.getByRole('complementary', { name: 'Details' });
    expect(await within(aside).findByRole('heading', { level: 3, name: 'Summary' })).toBeInTheDocument();
    expect(within(aside).getByRole('heading', { level: 2, name: 'Codex' })).toBeInTheDocument();
    expect(within(aside).getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(aside).toHaveTextContent('The essay says GPT-3');
    expect(aside).toHaveTextContent('Sources say o3');
    expect(aside).toHaveTextContent('Basis: Our editorial mapping');
    expect(aside).toHaveTextContent('Primary: the organisation’s own page or document');
    expect(within(aside).getByRole('link', { name: 'Article A' })).toHaveAttribute('href', 'https://example.org/a');
    expect(aside).toHaveTextContent('Cited by the essay');
    expect(aside).toHaveTextContent('Runs on your code.');
  });

  it('selects a linked node from its button and clears with the close button', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<DetailsPanel />, { initial: { selectedId: 'codex' } });
    const aside = screen.getByRole('complementary', { name: 'Details' });
    await user.click(await within(aside).findByRole('button', { name: 'Agents' }));
    expect(store.getState().selectedId).toBe('level-3');
    await user.click(within(aside).getByRole('button', { name: /Close details/ }));
    expect(store.getState().selectedId).toBeNull();
  });

  it("states OpenAI's position on the current level, with its basis", async () => {
    const { store } = renderWithProviders(<DetailsPanel />);
    act(() => store.getState().select('level-2'));
    const aside = screen.getByRole('complementary', { name: 'Details' });
    expect(await within(aside).findByText('We are at level 2')).toBeInTheDocument();
    expect(aside).toHaveTextContent('Basis: OpenAI statement');
  });

  it('shows a milestone date in words at its precision', async () => {
    renderWithProviders(<DetailsPanel />, { initial: { selectedId: 'sora-launch' } });
    expect(await screen.findByText('December 2024')).toBeInTheDocument();
  });

  it('ends the details with the day the sources were reviewed, when the dataset gives one', async () => {
    const roadmap = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, reviewed: '2026-12-02' } };
    const { unmount } = renderWithProviders(<DetailsPanel />, { roadmap, initial: { selectedId: 'codex' } });
    const aside = screen.getByRole('complementary', { name: 'Details' });
    await within(aside).findByRole('heading', { level: 3, name: 'Sources' });
    expect(aside).toHaveTextContent(/Sources reviewed to 2 December 2026\.$/);
    unmount();
    renderWithProviders(<DetailsPanel />, { initial: { selectedId: 'codex' } });
    await screen.findByRole('heading', { level: 3, name: 'Sources' });
    expect(screen.getByRole('complementary', { name: 'Details' })).not.toHaveTextContent('reviewed');
  });

  it('draws a long list of sources or milestones in batches, with a button for the next', async () => {
    const roadmap = largeRoadmap({ milestones: 240, initiatives: 1, levels: 1, concerns: 1, sources: 250, cited: 250, seed: 4 });
    renderWithProviders(<DetailsPanel />, { roadmap, initial: { selectedId: 'lane-0' } });
    const aside = screen.getByRole('complementary', { name: 'Details' });
    // Two hundred sources take jsdom a while to lay down on a loaded machine: wait for the button, however long.
    const more = await within(aside).findByRole('button', { name: 'Show 50 more sources (200 of 250 shown)' }, { timeout: 15_000 });
    expect(aside.querySelectorAll('.source-list > li')).toHaveLength(200);
    await userEvent.click(more);
    expect(aside.querySelectorAll('.source-list > li')).toHaveLength(250);
    expect(within(aside).queryByRole('button', { name: /more sources/ })).toBeNull();
    expect(within(aside).getByRole('button', { name: /^Show \d+ more milestones \(200 of \d+ shown\)$/ })).toBeInTheDocument();
  }, 30_000);
});
