import { describe, expect, it } from 'vitest';
import { EMPHASIS_CHAR, placeLabels, type LabelledMark } from './placeLabels';

const mark = (x: number, title: string, emphasis = false, y = 50): LabelledMark => ({
  laneId: 'a',
  title,
  label: title,
  x,
  x1: x - 5,
  y,
  width: 10,
  labelX: x + 9,
  labelY: y,
  labelAnchor: 'start',
  focus: false,
  emphasis,
  showLabel: false,
});
/** The box a placed label covers, at the width placement assumes per character. */
const box = (m: LabelledMark): [number, number] => {
  const w = m.label.length * EMPHASIS_CHAR * 1.1;
  return m.labelAnchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
};
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

describe('placeLabels', () => {
  it('writes every emphasised title, on a side where it covers no mark or other title, and hides the others', () => {
    const marks = [mark(100, 'Sora preview', true), mark(300, 'Unrelated launch'), mark(420, 'Sora app', true), mark(600, 'Sora 2', true)];
    placeLabels(marks, [], 40, 800, 1, true);
    const shown = marks.filter((m) => m.showLabel);
    expect(shown.map((m) => m.title)).toEqual(['Sora preview', 'Sora app', 'Sora 2']);
    for (const m of shown) {
      expect(m.label).toBe(m.title);
      for (const o of marks) if (o !== m) expect(overlaps(box(m), [o.x - o.width / 2, o.x + o.width / 2]), `${m.title} covers ${o.title}`).toBe(false);
      for (const o of shown) if (o !== m) expect(overlaps(box(m), box(o)), `${m.title} and ${o.title}`).toBe(false);
    }
  });

  it('puts a title left of its mark when the right has no room, and shortens one that fits on neither side', () => {
    const edge = [mark(780, 'At the right edge', true)];
    placeLabels(edge, [], 40, 800, 1, true);
    expect(edge[0]!.labelAnchor).toBe('end');
    const squeezed = [mark(100, 'A', true), mark(160, 'A very long milestone title indeed', true), mark(230, 'B', true)];
    placeLabels(squeezed, [], 40, 800, 1, true);
    const long = squeezed[1]!;
    expect(long.showLabel).toBe(true);
    expect(long.label.endsWith('…')).toBe(true);
    expect(long.label.length).toBeLessThan(long.title.length);
    expect(overlaps(box(long), box(squeezed[2]!))).toBe(false);
    expect(overlaps(box(long), box(squeezed[0]!))).toBe(false);
  });

  it('keeps the usual rule without emphasis: a title only where it fits before the next mark', () => {
    const marks = [mark(100, 'Roomy'), mark(120, 'Cramped next to it'), mark(140, 'Last')];
    placeLabels(marks, [], 40, 800, 1, false);
    expect(marks.map((m) => m.showLabel)).toEqual([false, false, true]);
  });
  it('moves an emphasised title with no room in its row into a free neighbouring row of its lane', () => {
    const crowd = () => [
      mark(100, 'Alpha release', true),
      mark(114, 'Beta release', true),
      mark(128, 'Gamma release', true),
      mark(300, 'Other row', false, 30),
    ];
    const alone = crowd();
    placeLabels(alone, [], 40, 800, 1, true);
    expect(alone[1]!.showLabel).toBe(false);

    const marks = crowd();
    placeLabels(marks, [], 40, 800, 1, true, new Map([['a', { first: 30, last: 70, step: 20 }]]));
    const moved = marks.filter((m) => m.labelY !== m.y);
    expect(moved.length).toBeGreaterThan(0);
    for (const m of moved) {
      expect(m.showLabel).toBe(true);
      expect([30, 70]).toContain(m.labelY);
      // It starts over its own mark, and covers neither a mark nor a title of the row it moved into.
      expect(Math.abs(m.labelX - m.x)).toBeLessThanOrEqual(4);
      for (const o of marks) if (o !== m && o.y === m.labelY) expect(overlaps(box(m), [o.x - o.width / 2, o.x + o.width / 2])).toBe(false);
      for (const o of marks) if (o !== m && o.showLabel && o.labelY === m.labelY) expect(overlaps(box(m), box(o))).toBe(false);
    }
    expect(marks.filter((m) => m.emphasis).every((m) => m.showLabel)).toBe(true);
  });
  it('shares the gap a neighbour’s long title fills when a title has no room elsewhere, both shortened', () => {
    // The left title fits its gap only by filling it; the right mark is hemmed in by a close neighbour on its other side.
    const marks = [mark(100, 'A long title that fills the whole gap', true), mark(420, 'Hemmed in between', true), mark(440, 'Z', true)];
    placeLabels(marks, [], 40, 800, 1, true);
    const [first, hemmed, last] = marks as [LabelledMark, LabelledMark, LabelledMark];
    expect(hemmed.showLabel).toBe(true);
    expect(first.showLabel).toBe(true);
    expect(first.label.length).toBeGreaterThan(4);
    expect(hemmed.label.length).toBeGreaterThan(4);
    expect(hemmed.labelAnchor).toBe('end');
    expect(overlaps(box(first), box(hemmed))).toBe(false);
    for (const o of marks) {
      expect(overlaps(box(first), [o.x - o.width / 2, o.x + o.width / 2]), `first covers ${o.title}`).toBe(false);
      if (o !== hemmed) expect(overlaps(box(hemmed), [o.x - o.width / 2, o.x + o.width / 2]), `hemmed covers ${o.title}`).toBe(false);
    }
    expect(last.showLabel).toBe(true);
  });
  it('ties a title placed further along in another row to its mark with a leader, and never lets a leader cross a title', () => {
    const lanes = new Map([['a', { first: 30, last: 70, step: 20 }]]);
    // Row 50 is crowded round 200; row 30 has a short title over the spot, free just after it.
    const crowd = () => [
      mark(186, 'Left', true),
      mark(200, 'Hemmed in mark', true),
      mark(214, 'Right', true),
      mark(160, 'Above', true, 30),
      { ...mark(400, 'Far away', false, 70) },
    ];
    const marks = crowd();
    placeLabels(marks, [], 40, 800, 1, true, lanes);
    const hemmed = marks[1]!;
    expect(hemmed.showLabel).toBe(true);
    expect(hemmed.labelY).toBe(30);
    expect(hemmed.leader).toBe(true);
    expect(hemmed.labelX).toBeGreaterThan(hemmed.x + 8);
    for (const o of marks) if (o !== hemmed && o.showLabel && o.labelY === hemmed.labelY) expect(overlaps(box(hemmed), box(o))).toBe(false);
    // A title two rows away is reached only by a leader that crosses nothing in the row between.
    for (const m of marks) if (m.showLabel && Math.abs(m.labelY - m.y) > 20) expect(m.leader, m.title).toBe(true);
  });
});
