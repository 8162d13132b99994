import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../dataset/schema';
import { milestonesOf } from '../dataset/milestonesOf';
import { allLanes } from '../state/selectors';
import { EMPHASIS_CHAR } from './placeLabels';
import { selectionWindow } from './selectionWindow';
import { timelineFrame } from './timelineLayout';
import { timelineTracks } from './timelineTracks';
import { milestonesWindow } from './timeWindow';

const roadmap = JSON.parse(readFileSync('data/roadmap.json', 'utf8')) as Roadmap;
const today = Date.UTC(2026, 11, 2);
const levelRanks = new Map(roadmap.levels.map((l) => [l.id, l.rank]));
const full = milestonesWindow(roadmap.milestones, today);

describe('labels of a selection, at every chart width', () => {
  // Each width gives the placement other fractions of a pixel: once, a start set to a box's end plus the gap found
  // that box again through rounding, and the search for a free spot never ended (at 228 px, Codex selected).
  it('are placed at once and never overlap one another, for each initiative and level selected, 200 to 2,000 px wide', () => {
    for (const id of [...roadmap.initiatives.map((n) => n.id), ...roadmap.levels.map((l) => l.id)]) {
      const emphasis = new Set(milestonesOf(roadmap, id).map((m) => m.id));
      for (let width = 200; width <= 2000; width += 7) {
        // The explorer's text, and the presentation's, larger.
        const textScale = width % 2 ? 1 : 1.6;
        const tracks = timelineTracks({ milestones: roadmap.milestones, lanes: allLanes(roadmap), levelRanks, full, width, textScale });
        const layout = timelineFrame(tracks, selectionWindow(roadmap, id, full, full) ?? full, today, undefined, undefined, emphasis);
        const boxes = layout.marks
          .filter((m) => m.emphasis && m.showLabel)
          .map((m) => {
            // The narrowest width placement assumes for a title (a whole one; shortened ones get a tenth more).
            const w = m.label.length * EMPHASIS_CHAR * textScale;
            return {
              id: m.id,
              y: m.labelY,
              from: m.labelAnchor === 'start' ? m.labelX : m.labelX - w,
              to: m.labelAnchor === 'start' ? m.labelX + w : m.labelX,
            };
          });
        for (const a of boxes)
          for (const b of boxes)
            if (a !== b && Math.abs(a.y - b.y) < 1) expect(a.from < b.to && b.from < a.to, `${id} at ${width} px: ${a.id} / ${b.id}`).toBe(false);
      }
    }
  });
});
