/**
 * A bin's mix of levels in words, highest level first, as its stacked colours show it. The top count also holds
 * any higher ranks the dataset has (they share the palette's last colour), and then says so.
 * @example binLevelText([3, 0, 2], [{ rank: 2, name: 'Reasoners' }]) // '2 at Level 2 Reasoners, 3 at no level'
 */
export function binLevelText(levels: readonly number[], named: readonly { rank: number; name: string }[]): string {
  const top = levels.length - 1;
  const beyond = named.some((l) => l.rank > top);
  const parts: string[] = [];
  for (let rank = top; rank >= 0; rank--) {
    const n = levels[rank] ?? 0;
    if (!n) continue;
    const name = named.find((l) => l.rank === rank)?.name;
    if (rank === 0) parts.push(`${n} at no level`);
    else if (rank === top && beyond) parts.push(`${n} at Level ${rank} or above`);
    else parts.push(`${n} at Level ${rank}${name ? ` ${name}` : ''}`);
  }
  return parts.join(', ');
}
