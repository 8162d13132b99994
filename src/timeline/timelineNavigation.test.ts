import { describe, expect, it } from 'vitest';
import { timelineLayout, type LaneInput } from './timelineLayout';
import { timelineNavigation } from './timelineNavigation';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const lanes: LaneInput[] = [
  { id: 'codex', label: 'Codex', name: 'Codex', initiativeId: 'codex' },
  { id: 'sora', label: 'Sora', name: 'Sora', initiativeId: 'sora' },
  { id: 'context', label: 'Context', name: 'Context', initiativeId: null },
];
const full = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2027, 0, 1) };
const roadmap = {
  ...fixtureRoadmap,
  milestones: [...fixtureRoadmap.milestones, { ...fixtureRoadmap.milestones[1]!, id: 'codex-later', date: '2026-01-10' }],
};
const l = timelineLayout({ milestones: roadmap.milestones, lanes, levelRanks: new Map(), window: full, full, width: 1000, today: full.start });
const go = (id: string, key: string) => timelineNavigation(l.lanes, l.marks, id, key);

describe('timelineNavigation', () => {
  it('moves along a lane in date order', () => {
    expect(go('codex-launch', 'ArrowRight')).toBe('codex-later');
    expect(go('codex-later', 'ArrowLeft')).toBe('codex-launch');
    expect(go('codex-later', 'ArrowRight')).toBeNull();
    expect(go('codex-later', 'Home')).toBe('codex-launch');
  });

  it('moves across lanes to the nearest mark in time', () => {
    expect(go('codex-launch', 'ArrowDown')).toBe('sora-launch');
    expect(go('sora-launch', 'ArrowDown')).toBe('chat-launch');
    expect(go('chat-launch', 'ArrowUp')).toBe('sora-launch');
    expect(go('codex-launch', 'ArrowUp')).toBeNull();
  });
});
