import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../../src/dataset/parseRoadmap';
import { syntheticRoadmap } from './syntheticRoadmap';

describe('syntheticRoadmap', () => {
  it('passes the same schema and link checks as any dataset the app loads', () => {
    const roadmap = parseRoadmap(JSON.parse(JSON.stringify(syntheticRoadmap(300))));
    expect(roadmap.milestones).toHaveLength(300);
    expect(roadmap.initiatives).toHaveLength(8);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(syntheticRoadmap(200))).toBe(JSON.stringify(syntheticRoadmap(200)));
    expect(JSON.stringify(syntheticRoadmap(200, 1))).not.toBe(JSON.stringify(syntheticRoadmap(200)));
  });

  it('spreads 2015–2030 with mixed date precision, every milestone citing a source', () => {
    const { milestones } = syntheticRoadmap(2000);
    const years = milestones.map((m) => Number(m.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBe(2030);
    const share = (length: number) => milestones.filter((m) => m.date.length === length).length / milestones.length;
    expect(share(10)).toBeGreaterThan(0.6);
    expect(share(7)).toBeGreaterThan(0.1);
    expect(share(4)).toBeGreaterThan(0.01);
    expect(milestones.every((m) => (m.sources ?? []).length > 0)).toBe(true);
    expect(new Set(milestones.map((m) => m.initiative)).size).toBe(9);
  });
});
