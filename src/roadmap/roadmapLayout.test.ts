import { describe, expect, it } from 'vitest';
import { roadmapLayout } from './roadmapLayout';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

describe('roadmapLayout', () => {
  it("keeps a level's name inside the chart in the projector's type, anchoring it at the edge", () => {
    const levels = fixtureRoadmap.levels.map((l, i) => (i === 2 ? { ...l, name: 'Foundation models at scale' } : l));
    const layout = roadmapLayout({ ...fixtureRoadmap, levels }, { width: 700, textScale: 1.6 });
    const last = layout.levels.at(-1)!;
    expect(last.labelAnchor).toBe('end');
    expect(last.x + last.labelX).toBeLessThanOrEqual(700);
    expect(layout.levels[1]!.labelAnchor).toBe('middle');
  });

  it('draws the levels as an ascending path on wide screens: right and up with each rank', () => {
    const l = roadmapLayout(fixtureRoadmap, { width: 900 });
    expect(l.orientation).toBe('horizontal');
    expect(l.levels.map((p) => p.id)).toEqual(['level-1', 'level-2', 'level-3']);
    for (let i = 1; i < l.levels.length; i++) {
      expect(l.levels[i]?.x).toBeGreaterThan(l.levels[i - 1]?.x ?? Infinity);
      expect(l.levels[i]?.y).toBeLessThan(l.levels[i - 1]?.y ?? -Infinity);
    }
  });

  it('stacks the levels upwards on narrow screens and keeps everything inside the width', () => {
    const l = roadmapLayout(fixtureRoadmap, { width: 360 });
    expect(l.orientation).toBe('vertical');
    expect(l.levels[2]?.y).toBeLessThan(l.levels[0]?.y ?? 0);
    for (const b of l.initiatives) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(360);
    }
  });

  it('links each initiative to every level it advances, with the basis of the mapping', () => {
    const l = roadmapLayout(fixtureRoadmap, { width: 900 });
    expect(l.links.map((k) => [k.initiativeId, k.levelId, k.basis])).toEqual(
      expect.arrayContaining([
        ['codex', 'level-3', 'editorial'],
        ['sora', 'level-1', 'editorial'],
      ]),
    );
    for (const k of l.links) expect(k.path).toMatch(/^M/);
  });

  it('orders initiatives by the lowest level they advance', () => {
    const l = roadmapLayout(fixtureRoadmap, { width: 900 });
    expect(l.initiatives.map((b) => b.id)).toEqual(['sora', 'codex']);
  });

  it('keeps initiatives that advance no level apart, unlinked, under a caption', () => {
    const roadmap = { ...fixtureRoadmap, initiatives: fixtureRoadmap.initiatives.map((n) => (n.id === 'sora' ? { ...n, levels: [] } : n)) };
    const l = roadmapLayout(roadmap, { width: 900 });
    expect(l.initiatives.find((b) => b.id === 'sora')?.unmapped).toBe(true);
    expect(l.initiatives.find((b) => b.id === 'codex')?.unmapped).toBe(false);
    expect(l.links.some((k) => k.initiativeId === 'sora')).toBe(false);
    expect(l.unmappedCaption).not.toBeNull();
    expect(roadmapLayout(fixtureRoadmap, { width: 900 }).unmappedCaption).toBeNull();
  });

  it('staggers initiative pills on two rows when one row is too narrow for their labels', () => {
    const many = {
      ...fixtureRoadmap,
      initiatives: Array.from({ length: 7 }, (_, i) => ({ ...fixtureRoadmap.initiatives[0]!, id: `n-${i}`, shortName: 'For Countries' })),
    };
    const l = roadmapLayout(many, { width: 700 });
    expect(new Set(l.initiatives.map((b) => b.y)).size).toBe(2);
    for (const b of l.initiatives) expect(b.width).toBeGreaterThanOrEqual('For Countries'.length * 7);
  });

  it('keeps the current-level label inside the chart on medium screens', () => {
    const l = roadmapLayout(fixtureRoadmap, { width: 700 });
    if (l.current?.anchor === 'end') expect(l.current.labelX).toBeGreaterThanOrEqual(l.current.compact ? 180 : 240);
    else expect(l.current?.labelY).toBeLessThan(l.current?.y ?? 0);
  });

  it('moves a flag whose wording is longer (a translation) so it still starts inside the chart', () => {
    const english = roadmapLayout(fixtureRoadmap, { width: 800 }).current!;
    expect(english.anchor).toBe('end');
    expect(english.compact).toBe(false);
    // A date and basis line of 60 characters has no room beside the dot at this width, so the basis is dropped.
    const long = roadmapLayout(fixtureRoadmap, { width: 800, flagChars: { full: 60, short: 24 } }).current!;
    if (long.anchor === 'end') {
      expect(long.labelX - (long.compact ? 24 : 60) * 7.3).toBeGreaterThanOrEqual(0);
    } else expect(long.anchor).toBe('middle');
    expect([long.anchor, long.compact]).not.toEqual([english.anchor, english.compact]);
  });

  it('marks the stated current level and splits the path there', () => {
    const l = roadmapLayout(fixtureRoadmap, { width: 900 });
    expect(l.current?.levelId).toBe('level-2');
    expect(l.reachedPath).toMatch(/^M/);
    expect(l.aheadPath).toMatch(/^M/);
  });
});
