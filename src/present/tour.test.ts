import { describe, expect, it } from 'vitest';
import { focusWindow, presentationAction, stepOfNode } from './tour';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const full = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2027, 0, 1) };
const tour = [
  { nodeId: 'level-1', headline: 'a', narration: 'a', notes: 'a', sources: ['src-a'] },
  { nodeId: 'codex', headline: 'b', narration: 'b', notes: 'b', sources: ['src-a'] },
];

describe('tour helpers', () => {
  it("starts at the selected node's step, else at the first", () => {
    expect(stepOfNode(tour, 'codex')).toBe(1);
    expect(stepOfNode(tour, 'sora')).toBe(0);
    expect(stepOfNode(tour, null)).toBe(0);
  });

  it('focuses a milestone with about a year around it', () => {
    const w = focusWindow(fixtureRoadmap, 'codex-launch', full);
    const date = Date.UTC(2025, 4, 16);
    expect(w && w.start < date && w.end > date).toBe(true);
    expect(w && w.end - w.start).toBeLessThan(400 * 86_400_000);
    expect(w && w.end - w.start).toBeGreaterThan(200 * 86_400_000);
  });

  it('focuses an initiative or level across its milestones, and nothing for an unlinked node', () => {
    const w = focusWindow(fixtureRoadmap, 'level-1', full);
    expect(w && w.start < Date.UTC(2022, 10, 30) && w.end > Date.UTC(2022, 10, 30)).toBe(true);
    expect(focusWindow(fixtureRoadmap, 'level-2', full)).toBeNull();
  });

  it('maps clicker and keyboard keys to actions', () => {
    expect(presentationAction('PageDown')).toEqual({ type: 'next' });
    expect(presentationAction(' ')).toEqual({ type: 'next' });
    expect(presentationAction('PageUp')).toEqual({ type: 'previous' });
    expect(presentationAction('ArrowUp')).toEqual({ type: 'previous' });
    expect(presentationAction('End')).toEqual({ type: 'last' });
    expect(presentationAction('7')).toEqual({ type: 'digit', digit: '7' });
    expect(presentationAction('b')).toEqual({ type: 'blank' });
    expect(presentationAction('x')).toBeNull();
  });
});
