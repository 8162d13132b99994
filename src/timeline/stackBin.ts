/**
 * Lays out a bin's stacked bar, bottom to top (no level first), calling `slice` for each level it holds: each
 * slice is as tall as its share, but at least `minHeight`, so a single milestone of a rare level still shows;
 * the tallest slice gives up what that adds. It allocates nothing, as it runs for every bin of every zoom frame.
 * @example stackBin([3, 1], 4, 40, 1, (rank, y, h) => …) // (0, 10, 30), then (1, 0, 10); y from the bar's top
 */
export function stackBin(
  levels: readonly number[],
  count: number,
  height: number,
  minHeight: number,
  slice: (rank: number, y: number, height: number) => void,
): void {
  const share = (n: number) => Math.max(minHeight, (height * n) / count);
  let total = 0;
  let tallest = -1;
  for (let rank = 0; rank < levels.length; rank++) {
    const n = levels[rank]!;
    if (!n) continue;
    total += share(n);
    if (tallest < 0 || n > levels[tallest]!) tallest = rank;
  }
  const excess = Math.max(0, total - height);
  let bottom = height;
  for (let rank = 0; rank < levels.length; rank++) {
    const n = levels[rank]!;
    if (!n) continue;
    const h = rank === tallest ? Math.max(minHeight, share(n) - excess) : share(n);
    bottom -= h;
    slice(rank, bottom, h);
  }
}
