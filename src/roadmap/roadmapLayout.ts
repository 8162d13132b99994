import { min } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line, curveMonotoneX, curveMonotoneY, linkVertical, linkHorizontal } from 'd3-shape';
import type { Basis, Roadmap } from '../dataset/schema';

export interface LevelPoint {
  id: string;
  rank: number;
  name: string;
  x: number;
  y: number;
  r: number;
  /** Where the name goes, relative to the circle. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
}

export interface InitiativeBox {
  id: string;
  label: string;
  /** True when the initiative advances no level: it is drawn apart, unlinked. */
  unmapped: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RoadmapLink {
  id: string;
  initiativeId: string;
  levelId: string;
  basis: Basis;
  path: string;
}

export interface RoadmapLayout {
  width: number;
  height: number;
  orientation: 'horizontal' | 'vertical';
  levels: LevelPoint[];
  /** The ascending path through the levels, split at the stated current level: reached, then ahead. */
  reachedPath: string;
  aheadPath: string;
  initiatives: InitiativeBox[];
  links: RoadmapLink[];
  /** Where the stated-position flag goes; compact labels leave the basis to the details panel. */
  current: { levelId: string; x: number; y: number; labelX: number; labelY: number; anchor: 'start' | 'middle' | 'end'; compact: boolean } | null;
  /** A caption over the initiatives that sit outside the scale, when there are any. */
  unmappedCaption: { x: number; y: number; anchor: 'start' | 'end' } | null;
}

/** Pixels per character of the flag's 12.5px text, a little generous; lengths in English when none are given. */
const FLAG_CHAR = 7.3;
const ENGLISH_FLAG = { full: 33, short: 24 };
const HORIZONTAL_ROW_Y = 272;

export const VERTICAL_BELOW = 640;
const BASE_CHAR = 7.2;
/** Pixels per character of a level's name (14px semibold at the base scale, a little generous). */
const NAME_CHAR = 8.4;

/** The levels as an ascending path with initiatives attached to the levels they advance. */
export function roadmapLayout(
  roadmap: Roadmap,
  size: {
    width: number;
    textScale?: number;
    /** The flag's longest line in characters, with and without the basis. */ flagChars?: { full: number; short: number };
  },
): RoadmapLayout {
  const scale = size.textScale ?? 1;
  const CHAR = BASE_CHAR * scale;
  const levels = [...roadmap.levels].sort((a, b) => a.rank - b.rank);
  const ranks = levels.map((l) => l.rank);
  // Initiatives sit in the order of the first level they advance, so links cross as little as possible.
  // Looked up in maps, not found in lists: a dataset may have many thousands of initiatives.
  const rankOf = new Map(levels.map((l) => [l.id, l.rank]));
  const byInitiative = new Map(roadmap.initiatives.map((n) => [n.id, n]));
  const primary = new Map(roadmap.initiatives.map((n) => [n.id, Math.min(99, min(n.levels, (l) => rankOf.get(l.levelId) ?? 99) ?? 99)]));
  const primaryRank = (id: string) => primary.get(id) ?? 99;
  const initiatives = [...roadmap.initiatives].sort((a, b) => primaryRank(a.id) - primaryRank(b.id));
  const vertical = size.width < VERTICAL_BELOW;
  const { width } = size;
  const r = (vertical ? 16 : 20) * Math.min(scale, 1.4);

  let levelPoints: LevelPoint[];
  let boxes: InitiativeBox[];
  let height: number;
  if (!vertical) {
    const x = scalePoint<number>()
      .domain(ranks)
      .range([40, width - 40])
      .padding(0.5);
    const y = scaleLinear()
      .domain([ranks[0] ?? 1, ranks[ranks.length - 1] ?? 1])
      .range([200, 56]);
    levelPoints = levels.map((l) => {
      const at = x(l.rank) ?? 0;
      // A name centred under its level would run off a narrow chart in the projector's type: it keeps to the edge.
      const half = (l.name.length * NAME_CHAR * scale) / 2;
      const anchor = at + half > width - 4 ? 'end' : at - half < 4 ? 'start' : 'middle';
      const labelX = anchor === 'end' ? width - 4 - at : anchor === 'start' ? 4 - at : 0;
      return { id: l.id, rank: l.rank, name: l.name, x: at, y: y(l.rank), r, labelX, labelY: r + 18 * scale, labelAnchor: anchor };
    });
    const rowY = HORIZONTAL_ROW_Y;
    const natural = initiatives.map((n) => n.shortName.length * CHAR + 22);
    // Two staggered rows when one row would squeeze a label out of its pill.
    const oneRowSlot = (width - 24) / Math.max(1, initiatives.length);
    const rows = natural.some((w) => w > oneRowSlot - 8) ? 2 : 1;
    const slot = oneRowSlot;
    boxes = initiatives.map((n, i) => {
      const w = Math.min(rows === 1 ? slot - 8 : slot * 2 - 8, natural[i] ?? 0);
      const centre = 12 + slot * i + slot / 2;
      const x = Math.min(Math.max(4, centre - w / 2), width - 4 - w);
      const h = 32 * Math.min(scale, 1.4);
      return { id: n.id, label: n.shortName, unmapped: primaryRank(n.id) === 99, x, y: rowY + (rows === 2 ? (i % 2) * (h + 8) : 0), width: w, height: h };
    });
    height = rowY + 16 + 32 * Math.min(scale, 1.4) * (rows === 2 ? 2.25 : 1);
  } else {
    const top = 40;
    const step = 64;
    const y = scaleLinear()
      .domain([ranks[0] ?? 1, ranks[ranks.length - 1] ?? 1])
      .range([top + step * (ranks.length - 1), top]);
    const x = scaleLinear()
      .domain([ranks[0] ?? 1, ranks[ranks.length - 1] ?? 1])
      .range([28, Math.min(110, width * 0.3)]);
    levelPoints = levels.map((l) => ({ id: l.id, rank: l.rank, name: l.name, x: x(l.rank), y: y(l.rank), r, labelX: r + 6, labelY: 4, labelAnchor: 'start' }));
    const colX = width - 12;
    const boxH = 30;
    const span = Math.max(step * (ranks.length - 1), (initiatives.length - 1) * (boxH + 8));
    const by = scaleLinear()
      .domain([0, Math.max(1, initiatives.length - 1)])
      .range([top - boxH / 2, top - boxH / 2 + span]);
    // Highest level at the top, like the levels themselves; initiatives outside the scale last.
    const mapped = initiatives.filter((n) => primaryRank(n.id) !== 99).reverse();
    const unmapped = initiatives.filter((n) => primaryRank(n.id) === 99);
    boxes = [...mapped, ...unmapped].map((n, i) => {
      const w = Math.min(n.shortName.length * CHAR + 20, width * 0.42);
      const gap = i >= mapped.length ? 22 : 0;
      return { id: n.id, label: n.shortName, unmapped: i >= mapped.length, x: colX - w, y: by(i) + gap, width: w, height: boxH };
    });
    height = Math.max(top + step * (ranks.length - 1), by(initiatives.length - 1) + boxH + 22) + 40;
  }

  const byId = new Map(levelPoints.map((p) => [p.id, p]));
  const links: RoadmapLink[] = [];
  const vLink = linkVertical();
  const hLink = linkHorizontal();
  for (const box of boxes) {
    for (const l of byInitiative.get(box.id)?.levels ?? []) {
      const p = byId.get(l.levelId);
      if (!p) continue;
      const path = vertical
        ? hLink({ source: [box.x, box.y + box.height / 2], target: [p.x + p.r, p.y] })
        : vLink({ source: [box.x + box.width / 2, box.y], target: [p.x, p.y + p.r + 26] });
      links.push({ id: `${box.id}->${l.levelId}`, initiativeId: box.id, levelId: l.levelId, basis: l.basis, path: path ?? '' });
    }
  }

  const current = roadmap.currentLevel ? byId.get(roadmap.currentLevel.levelId) : undefined;
  const curve = vertical ? curveMonotoneY : curveMonotoneX;
  const pathOf = (pts: LevelPoint[]) =>
    line<LevelPoint>()
      .x((p) => p.x)
      .y((p) => p.y)
      .curve(curve)(pts) ?? '';
  const cut = current ? levelPoints.indexOf(current) : -1;
  return {
    width,
    height,
    orientation: vertical ? 'vertical' : 'horizontal',
    levels: levelPoints,
    reachedPath: cut >= 0 ? pathOf(levelPoints.slice(0, cut + 1)) : '',
    aheadPath: pathOf(levelPoints.slice(Math.max(0, cut))),
    initiatives: boxes,
    links,
    current: current ? currentLabel(current, vertical, scale, size.flagChars ?? ENGLISH_FLAG) : null,
    unmappedCaption: captionFor(
      boxes.find((b) => b.unmapped),
      vertical,
    ),
  };
}

function currentLabel(p: LevelPoint, vertical: boolean, scale: number, chars: { full: number; short: number }): NonNullable<RoadmapLayout['current']> {
  const at = { levelId: p.id, x: p.x, y: p.y };
  if (vertical) return { ...at, labelX: p.x + p.r + 6, labelY: p.y + 20, anchor: 'start', compact: true };
  // Left of the dot where it fits, dropping the basis on the second line if need be; never clipped.
  const room = p.x - p.r - 8;
  if (room >= chars.full * FLAG_CHAR * scale) return { ...at, labelX: room, labelY: p.y - p.r - 8, anchor: 'end', compact: false };
  if (room >= chars.short * FLAG_CHAR * scale) return { ...at, labelX: room, labelY: p.y - p.r - 8, anchor: 'end', compact: true };
  // Otherwise centred above the dot, two lines high.
  return { ...at, labelX: p.x, labelY: p.y - p.r - 12 - 15 * scale, anchor: 'middle', compact: true };
}

function captionFor(box: InitiativeBox | undefined, vertical: boolean): RoadmapLayout['unmappedCaption'] {
  if (!box) return null;
  // Horizontally the caption sits above the first row, even when the box itself is on the second.
  return vertical ? { x: box.x + box.width, y: box.y - 8, anchor: 'end' } : { x: box.x, y: HORIZONTAL_ROW_Y - 8, anchor: 'start' };
}
