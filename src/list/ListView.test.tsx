import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListView } from './ListView';
import { renderWithProviders } from '../testing/renderWithProviders';
import { largeRoadmap } from '../testing/largeRoadmap';

describe('ListView', () => {
  it('lists a long lane 200 milestones at a time, with a button for the next', async () => {
    const roadmap = largeRoadmap({ milestones: 300, initiatives: 1, levels: 1, concerns: 1, sources: 1, cited: 1, seed: 5 });
    const lane = roadmap.milestones.filter((m) => m.initiative === 'lane-0').length;
    renderWithProviders(<ListView />, { roadmap });
    const items = () => document.querySelectorAll('.list-initiatives .list-milestones > li').length;
    expect(items()).toBe(200);
    await userEvent.click(screen.getByRole('button', { name: `Show ${lane - 200} more milestones (200 of ${lane} shown)` }));
    expect(items()).toBe(lane);
    // Three hundred rows take jsdom a few seconds on a loaded machine, as the details panel's long lists do.
  }, 30_000);
});
