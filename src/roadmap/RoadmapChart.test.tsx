import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, fireEvent } from '@testing-library/react';
import { RoadmapChart } from './RoadmapChart';
import { TimelineChart } from '../timeline';
import { renderWithProviders } from '../testing/renderWithProviders';
import { activateLanguage } from '../i18n/i18n';

describe('RoadmapChart and TimelineChart', () => {
  it('draw every level and initiative as a named, focusable mark in a labelled group', () => {
    const { container } = renderWithProviders(<RoadmapChart width={900} />);
    const ids = [...container.querySelectorAll('[data-node-id]')].map((el) => el.getAttribute('data-node-id'));
    expect(ids.sort()).toEqual(['codex', 'level-1', 'level-2', 'level-3', 'sora']);
    expect(screen.getByRole('group', { name: /^The three levels: 3 levels/ })).toBeInTheDocument();
    // One Tab stop per chart (roving tabindex): the first level; the rest are reached with arrow keys.
    expect(screen.getByRole('button', { name: '1 Chatbots, level 1' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: "2 Reasoners, level 2, OpenAI's stated current level" })).toHaveAttribute('tabindex', '-1');
  });

  it('moves the Tab stop with the arrow keys and to the selected mark', () => {
    const { store } = renderWithProviders(<RoadmapChart width={900} />);
    const level1 = screen.getByRole('button', { name: '1 Chatbots, level 1' });
    level1.focus();
    fireEvent.keyDown(level1, { key: 'ArrowUp' });
    const level2 = screen.getByRole('button', { name: /level 2/ });
    expect(level2).toHaveAttribute('tabindex', '0');
    expect(level2).toHaveFocus();
    expect(level1).toHaveAttribute('tabindex', '-1');
    act(() => store.getState().select('codex'));
    expect(screen.getByRole('button', { name: 'Codex, initiative' })).toHaveAttribute('tabindex', '0');
  });

  it('select on click and on Enter', () => {
    const { store } = renderWithProviders(<RoadmapChart width={900} />);
    fireEvent.click(screen.getByRole('button', { name: 'Codex, initiative' }));
    expect(store.getState().selectedId).toBe('codex');
    fireEvent.keyDown(screen.getByRole('button', { name: /level 1/ }), { key: 'Enter' });
    expect(store.getState().selectedId).toBe('level-1');
  });

  it('draws every milestone on the timeline, including the context lane', () => {
    const { container } = renderWithProviders(<TimelineChart width={900} />);
    const ids = [...container.querySelectorAll('[data-node-id]')].map((el) => el.getAttribute('data-node-id'));
    expect(ids.sort()).toEqual(['chat-launch', 'codex-launch', 'sora-launch']);
    expect(screen.getByRole('button', { name: 'Sora launched, December 2024, month known' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Codex launched, 16 May 2025, Level 3 Agents' })).toBeInTheDocument();
    expect(screen.getByText('Context')).toBeInTheDocument();
  });

  it('zooms in with the button and back with reset', () => {
    const { store } = renderWithProviders(<TimelineChart width={900} />);
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const w = store.getState().timeWindow;
    expect(w).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(store.getState().timeWindow).toBeNull();
  });

  it('name the levels chart and its marks in the chosen language, dates included', async () => {
    await activateLanguage('es');
    const { container } = renderWithProviders(<RoadmapChart width={900} />);
    expect(screen.getByRole('group', { name: /^The three levels: 3 niveles de Chatbots a Agents, con 2 iniciativas vinculadas/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1 Chatbots, nivel 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Codex, iniciativa' })).toBeInTheDocument();
    expect(container.querySelector('.current-level__date')?.textContent).toBe('1 de octubre de 2024 · Declaración de OpenAI');
    await act(() => activateLanguage('en'));
  });
});

afterEach(() => activateLanguage('en'));
