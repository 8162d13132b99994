import type { InitiativeBox, LevelPoint } from './roadmapLayout';

/**
 * Arrow-key moves on the roadmap. Levels form one row (←/↓ lower, →/↑ higher); Down from the lowest
 * level drops to the initiatives, which form a second row (←/→), and Up climbs back to a level.
 */
export function roadmapNavigation(levels: readonly LevelPoint[], initiatives: readonly InitiativeBox[], currentId: string, key: string): string | null {
  const lv = [...levels].sort((a, b) => a.rank - b.rank);
  const row = [...initiatives].sort((a, b) => a.x - b.x || a.y - b.y);
  const nearest = <T extends { id: string }>(list: T[], x: number, xOf: (t: T) => number) =>
    list.reduce<T | undefined>((best, t) => (!best || Math.abs(xOf(t) - x) < Math.abs(xOf(best) - x) ? t : best), undefined)?.id ?? null;
  const li = lv.findIndex((l) => l.id === currentId);
  if (li >= 0) {
    const level = lv[li]!;
    if (key === 'ArrowRight' || key === 'ArrowUp') return lv[li + 1]?.id ?? null;
    if (key === 'ArrowLeft') return lv[li - 1]?.id ?? null;
    if (key === 'ArrowDown') return li > 0 ? (lv[li - 1]?.id ?? null) : nearest(row, level.x, (b) => b.x + b.width / 2);
    if (key === 'Home') return lv[0]?.id ?? null;
    if (key === 'End') return lv.at(-1)?.id ?? null;
    return null;
  }
  const bi = row.findIndex((b) => b.id === currentId);
  if (bi < 0) return null;
  const box = row[bi]!;
  if (key === 'ArrowRight') return row[bi + 1]?.id ?? null;
  if (key === 'ArrowLeft') return row[bi - 1]?.id ?? null;
  if (key === 'ArrowUp') return nearest(lv, box.x + box.width / 2, (l) => l.x);
  if (key === 'Home') return row[0]?.id ?? null;
  if (key === 'End') return row.at(-1)?.id ?? null;
  return null;
}
