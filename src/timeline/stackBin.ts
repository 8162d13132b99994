/**
 * A bin's stacked bar, bottom to top (no level first): each level's slice is as tall as its share, but at least
 * `minHeight`, so a single milestone of a rare level still shows; the tallest slice gives up what that adds.
 * @example stackBin([3, 1], 4, 40, 1) // [{ rank: 0, y: 10, height: 30 }, { rank: 1, y: 0, height: 10 }]
 */
export function stackBin(levels: readonly number[], count: number, height: number, minHeight: number): { rank: number; y: number; height: number }[] {
  const slices = levels.flatMap((n, rank) => (n > 0 ? [{ rank, y: 0, height: Math.max(minHeight, (height * n) / count) }] : []));
  const excess = slices.reduce((sum, s) => sum + s.height, 0) - height;
  if (excess > 0 && slices.length) {
    const tallest = slices.reduce((a, b) => (b.height > a.height ? b : a));
    tallest.height = Math.max(minHeight, tallest.height - excess);
  }
  // y is from the bar's top: the first slice sits at the bottom.
  let bottom = height;
  for (const s of slices) {
    s.y = bottom - s.height;
    bottom = s.y;
  }
  return slices;
}
