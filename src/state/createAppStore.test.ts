import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const store = () => createAppStore(fixtureRoadmap, { today: Date.UTC(2026, 0, 1), notices: ['No node with the id “x” was found.'] });

describe('createAppStore', () => {
  it('keeps the notices of the link that opened the page until the person selects something else', () => {
    const s = store();
    expect(s.getState().notices).toEqual(['No node with the id “x” was found.']);
    s.getState().hover('codex');
    expect(s.getState().notices).toHaveLength(1);
    s.getState().select('codex');
    expect(s.getState().notices).toEqual([]);
    s.getState().showNotices(['There is no step 9.']);
    s.getState().select('codex');
    expect(s.getState().notices).toEqual(['There is no step 9.']);
    s.getState().dismissNotices();
    expect(s.getState().notices).toEqual([]);
  });

  it('asks once for focus on the heading of a node reached by a link in the details', () => {
    const s = store();
    s.getState().select('codex');
    expect(s.getState().takeHeadingFocus()).toBe(false);
    s.getState().followLink('sora');
    expect(s.getState().selectedId).toBe('sora');
    expect(s.getState().takeHeadingFocus()).toBe(true);
    expect(s.getState().takeHeadingFocus()).toBe(false);
  });

  it('remembers the mark each chart last had focus on, apart', () => {
    const s = store();
    s.getState().focusMark('roadmap', 'level-2');
    s.getState().focusMark('timeline', 'codex-launch');
    expect(s.getState().focusedIds).toEqual({ roadmap: 'level-2', timeline: 'codex-launch' });
  });
});
