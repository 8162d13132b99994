import { t } from '../i18n/i18n';
import { formatList } from '../i18n/format';
import type { Language } from '../i18n/languages';

/**
 * A bin's mix of levels in words, highest level first, as its stacked colours show it. The top count also holds
 * any higher ranks the dataset has (they share the palette's last colour), and then says so. Each part's words
 * follow its count (the catalogue's plurals); the language joins the parts.
 * @example binLevelText([3, 0, 2], [{ rank: 2, name: 'Reasoners' }], 'en') // '2 at Level 2 Reasoners, 3 at no level'
 */
export function binLevelText(levels: readonly number[], named: readonly { rank: number; name: string }[], language: Language): string {
  const top = levels.length - 1;
  const beyond = named.some((l) => l.rank > top);
  const parts: string[] = [];
  for (let rank = top; rank >= 0; rank--) {
    const count = levels[rank] ?? 0;
    if (!count) continue;
    const name = named.find((l) => l.rank === rank)?.name;
    if (rank === 0) parts.push(t('timeline.binNone', { count }));
    else if (rank === top && beyond) parts.push(t('timeline.binAbove', { count, rank }));
    else parts.push(t('timeline.binAt', { count, level: name ? `${rank} ${name}` : String(rank) }));
  }
  return formatList(parts, language, 'unit');
}
