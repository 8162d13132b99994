/**
 * A bin's mix of levels in words, highest level first, as its stacked colours show it.
 * @example binLevelText([3, 0, 2], [{ rank: 2, name: 'Reasoners' }]) // '2 at Level 2 Reasoners, 3 at no level'
 */
export function binLevelText(levels: readonly number[], named: readonly { rank: number; name: string }[]): string {
  const parts: string[] = [];
  for (let rank = levels.length - 1; rank >= 0; rank--) {
    const n = levels[rank] ?? 0;
    if (!n) continue;
    const name = named.find((l) => l.rank === rank)?.name;
    parts.push(rank === 0 ? `${n} at no level` : `${n} at Level ${rank}${name ? ` ${name}` : ''}`);
  }
  return parts.join(', ');
}
