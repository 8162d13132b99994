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
  current: { levelId: string; x: number; y: number; labelX: number; labelY: number; anchor: 'start' | 'end' } | null;
}

export const VERTICAL_BELOW = 640;
const CHAR = 7.2;

/** The five levels as an ascending path with initiatives attached to the levels they advance. */
export function roadmapLayout(roadmap: Roadmap, size: { width: number }): RoadmapLayout {
  const levels = [...roadmap.levels].sort((a, b) => a.rank - b.rank);
  const ranks = levels.map((l) => l.rank);
  // Initiatives sit in the order of the first level they advance, so links cross as little as possible.
  const primaryRank = (id: string) => {
    const n = roadmap.initiatives.find((i) => i.id === id);
    const own = n?.levels.map((l) => levels.find((lv) => lv.id === l.levelId)?.rank ?? 99) ?? [];
    return Math.min(99, ...own);
  };
  const initiatives = [...roadmap.initiatives].sort((a, b) => primaryRank(a.id) - primaryRank(b.id));
  const vertical = size.width < VERTICAL_BELOW;
  const { width } = size;
  const r = vertical ? 16 : 20;

  let levelPoints: LevelPoint[];
  let boxes: InitiativeBox[];
  let height: number;
  if (!vertical) {
    const x = scalePoint<number>().domain(ranks).range([40, width - 40]).padding(0.5);
    const y = scaleLinear().domain([ranks[0] ?? 1, ranks[ranks.length - 1] ?? 1]).range([200, 56]);
    levelPoints = levels.map((l) => ({ id: l.id, rank: l.rank, name: l.name, x: x(l.rank) ?? 0, y: y(l.rank), r, labelX: 0, labelY: r + 18, labelAnchor: 'middle' }));
    const rowY = 272;
    const slot = (width - 24) / Math.max(1, initiatives.length);
    boxes = initiatives.map((n, i) => {
      const w = Math.min(slot - 8, n.shortName.length * CHAR + 22);
      return { id: n.id, label: n.shortName, x: 12 + slot * i + (slot - w) / 2, y: rowY, width: w, height: 32 };
    });
    height = rowY + 48;
  } else {
    const top = 40;
    const step = 64;
    const y = scaleLinear().domain([ranks[0] ?? 1, ranks[ranks.length - 1] ?? 1]).range([top + step * (ranks.length - 1), top]);
    const x = scaleLinear().domain([ranks[0] ?? 1, ranks[ranks.length - 1] ?? 1]).range([28, Math.min(110, width * 0.3)]);
    levelPoints = levels.map((l) => ({ id: l.id, rank: l.rank, name: l.name, x: x(l.rank), y: y(l.rank), r, labelX: r + 6, labelY: 4, labelAnchor: 'start' }));
    const colX = width - 12;
    const boxH = 30;
    const span = Math.max(step * (ranks.length - 1), (initiatives.length - 1) * (boxH + 8));
    const by = scaleLinear().domain([0, Math.max(1, initiatives.length - 1)]).range([top - boxH / 2, top - boxH / 2 + span]);
    // Highest level at the top, like the levels themselves.
    boxes = [...initiatives].reverse().map((n, i) => {
      const w = Math.min(n.shortName.length * CHAR + 20, width * 0.42);
      return { id: n.id, label: n.shortName, x: colX - w, y: by(i), width: w, height: boxH };
    });
    height = Math.max(top + step * (ranks.length - 1), by(initiatives.length - 1) + boxH) + 40;
  }

  const byId = new Map(levelPoints.map((p) => [p.id, p]));
  const links: RoadmapLink[] = [];
  const vLink = linkVertical();
  const hLink = linkHorizontal();
  for (const box of boxes) {
    const n = roadmap.initiatives.find((i) => i.id === box.id);
    for (const l of n?.levels ?? []) {
      const p = byId.get(l.levelId);
      if (!p) continue;
      const path = vertical
        ? hLink({ source: [box.x, box.y + box.height / 2], target: [p.x + p.r, p.y] })
        : vLink({ source: [box.x + box.width / 2, box.y], target: [p.x, p.y + p.r + 26] });
      links.push({ id: `${box.id}->${l.levelId}`, initiativeId: box.id, levelId: l.levelId, basis: l.basis, path: path ?? '' });
    }
  }

  const current = byId.get(roadmap.currentLevel.levelId);
  const curve = vertical ? curveMonotoneY : curveMonotoneX;
  const pathOf = (pts: LevelPoint[]) => line<LevelPoint>().x((p) => p.x).y((p) => p.y).curve(curve)(pts) ?? '';
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
    current: current
      ? vertical
        ? { levelId: current.id, x: current.x, y: current.y, labelX: current.x + current.r + 6, labelY: current.y + 20, anchor: 'start' }
        : { levelId: current.id, x: current.x, y: current.y, labelX: current.x - current.r - 8, labelY: current.y - current.r - 8, anchor: 'end' }
      : null,
  };
}
