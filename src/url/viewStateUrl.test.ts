import { describe, expect, it } from 'vitest';
import { formatViewState, parseViewState, type KnownIds } from './viewStateUrl';
import type { ViewState } from '../state/createAppStore';

const known: KnownIds = {
  nodes: new Set(['codex', 'level-2', 'sora']),
  lanes: new Set(['codex', 'sora', 'context']),
  concerns: new Set(['data-privacy']),
};
const base: ViewState = { selectedId: null, timeWindow: null, filters: { hiddenLanes: [], concern: null } };

describe('the URL codec', () => {
  it.each<[string, ViewState]>([
    ['', base],
    ['?node=codex', { ...base, selectedId: 'codex' }],
    ['?window=2024-01-01..2025-06-30', { ...base, timeWindow: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 5, 30) } }],
    ['?hide=sora,context', { ...base, filters: { hiddenLanes: ['sora', 'context'], concern: null } }],
    ['?node=level-2&concern=data-privacy', { ...base, selectedId: 'level-2', filters: { hiddenLanes: [], concern: 'data-privacy' } }],
  ])('round-trips %s', (search, view) => {
    const parsed = parseViewState(search, known);
    expect(parsed.notices).toEqual([]);
    expect(parsed.view).toEqual(view);
    expect(formatViewState(parsed.view)).toBe(search);
  });

  it('names an unknown node id in a notice and selects nothing', () => {
    const { view, notices } = parseViewState('?node=no-such-node', known);
    expect(view.selectedId).toBeNull();
    expect(notices).toEqual(['No node with the id “no-such-node” was found, so the default view is shown.']);
  });

  it('ignores malformed windows, lanes and concerns with a notice each', () => {
    const { view, notices } = parseViewState('?window=2025-02-30..2025-03-01&hide=nope&concern=nope', known);
    expect(view).toEqual(base);
    expect(notices).toHaveLength(3);
  });

  it('keeps foreign parameters and writes only non-defaults', () => {
    const search = formatViewState({ ...base, selectedId: 'sora' }, '?utm_source=slides&node=codex&fbclid=x');
    expect(search).toBe('?utm_source=slides&fbclid=x&node=sora');
    expect(formatViewState(base, '?utm_source=slides')).toBe('?utm_source=slides');
  });

  it('ignores foreign parameters silently when parsing', () => {
    expect(parseViewState('?utm_source=x&fbclid=y&node=codex', known).notices).toEqual([]);
  });
});
