import { describe, expect, it } from 'vitest';
import { TourWindowSchema, type Roadmap } from './schema';
import { tourSubject } from './tourSubject';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const ids = (roadmap: Roadmap, id: string) => {
  const s = tourSubject(roadmap, id);
  return s.kind === 'level' ? s : s.milestones.map((m) => m.id);
};

describe('tourSubject', () => {
  it('is a level itself, or milestones: one, an initiative’s, or those a concern names', () => {
    expect(ids(fixtureRoadmap, 'level-2')).toEqual({ kind: 'level', levelId: 'level-2' });
    expect(ids(fixtureRoadmap, 'chat-launch')).toEqual(['chat-launch']);
    expect(ids(fixtureRoadmap, 'codex')).toEqual(['codex-launch']);
    expect(ids(fixtureRoadmap, 'data-privacy')).toEqual(['codex-launch']);
  });

  it('takes the milestones of the initiatives a concern touches when no milestone names it', () => {
    const roadmap = { ...fixtureRoadmap, milestones: fixtureRoadmap.milestones.map(({ concerns: _, ...m }) => m) };
    expect(ids(roadmap, 'data-privacy')).toEqual(['codex-launch']);
  });
});

describe('a tour step’s window', () => {
  it('takes dates at any precision and must end after it starts', () => {
    expect(TourWindowSchema.safeParse({ start: '1950', end: '1970' }).success).toBe(true);
    expect(TourWindowSchema.safeParse({ start: '2025-05', end: '2025' }).success).toBe(true);
    expect(TourWindowSchema.safeParse({ start: '2025-05-16', end: '2025-05-16' }).success).toBe(true);
    expect(TourWindowSchema.safeParse({ start: '2026', end: '2025-12' }).success).toBe(false);
    expect(TourWindowSchema.safeParse({ start: '2025-13', end: '2026' }).success).toBe(false);
  });
});
