import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { selectHighlight, selectLanes, selectLevelsOfInitiative, selectNodeState, selectSelectedNode } from './selectors';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const make = () => createAppStore(fixtureRoadmap, { today: Date.UTC(2026, 0, 1) });

describe('selectors', () => {
  it('has no highlight until something is selected, hovered or filtered', () => {
    const store = make();
    expect(selectHighlight(store.getState())).toBeNull();
    expect(selectNodeState('codex')(store.getState())).toBe('normal');
  });

  it('marks the selection, its neighbours and dims the rest', () => {
    const store = make();
    store.getState().select('codex');
    const s = store.getState();
    expect(selectSelectedNode(s)?.title).toBe('Codex');
    expect(selectNodeState('codex')(s)).toBe('focus');
    expect(selectNodeState('level-3')(s)).toBe('related');
    expect(selectNodeState('codex-launch')(s)).toBe('related');
    expect(selectNodeState('sora')(s)).toBe('dimmed');
  });

  it('lets hover preview another node without changing the selection', () => {
    const store = make();
    store.getState().select('codex');
    store.getState().hover('sora');
    expect(selectNodeState('sora')(store.getState())).toBe('focus');
    expect(store.getState().selectedId).toBe('codex');
    store.getState().hover(null);
    expect(selectNodeState('codex')(store.getState())).toBe('focus');
  });

  it('lights up search matches over a selection, with the selection in focus, but not during a tour', () => {
    const store = make();
    store.getState().select('codex');
    store.getState().setSearchMatches(new Set(['codex', 'sora']));
    const s = store.getState();
    expect(selectNodeState('codex')(s)).toBe('focus');
    expect(selectNodeState('sora')(s)).toBe('related');
    expect(selectNodeState('level-3')(s)).toBe('dimmed');
    store.setState({ presentStep: 0 });
    expect(selectNodeState('level-3')(store.getState())).toBe('related');
  });

  it('highlights what a concern touches when it is the filter', () => {
    const store = make();
    store.getState().setConcernFilter('data-privacy');
    const s = store.getState();
    expect(selectNodeState('codex')(s)).toBe('related');
    expect(selectNodeState('codex-launch')(s)).toBe('related');
    expect(selectNodeState('sora-launch')(s)).toBe('dimmed');
  });

  it('returns the same highlight object for the same inputs', () => {
    const store = make();
    store.getState().select('codex');
    expect(selectHighlight(store.getState())).toBe(selectHighlight(store.getState()));
  });

  it('ignores selecting an unknown id', () => {
    const store = make();
    store.getState().select('no-such-node');
    expect(store.getState().selectedId).toBeNull();
  });

  it('lists lanes in order with context last and drops hidden ones, with stable references', () => {
    const store = make();
    expect(selectLanes(store.getState()).map((l) => l.id)).toEqual(['codex', 'sora', 'context']);
    store.getState().toggleLane('sora');
    const lanes = selectLanes(store.getState());
    expect(lanes.map((l) => l.id)).toEqual(['codex', 'context']);
    expect(selectLanes(store.getState())).toBe(lanes);
    store.getState().toggleLane('sora');
    expect(selectLanes(store.getState()).map((l) => l.id)).toEqual(['codex', 'sora', 'context']);
  });

  it('finds the levels an initiative advances', () => {
    expect(selectLevelsOfInitiative(make().getState(), 'codex').map((l) => l.id)).toEqual(['level-3']);
    expect(selectLevelsOfInitiative(make().getState(), 'level-1')).toEqual([]);
  });
});

describe('selectTooltipNode', () => {
  it('labels the hovered node unless it is the one already selected', async () => {
    const { selectTooltipNode } = await import('./selectors');
    const store = make();
    store.getState().hover('sora');
    expect(selectTooltipNode(store.getState())?.id).toBe('sora');
    store.getState().select('sora');
    expect(selectTooltipNode(store.getState())).toBeNull();
  });
});
