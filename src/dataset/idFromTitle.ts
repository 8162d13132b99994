/** Strips accents and case: "Régulation" and "regulation" read alike for ids and for search. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A kebab-case id from a title, unique among `taken` (which it updates): a second "Launch" becomes "launch-2".
 * @example idFromTitle('Sora 2 — launch', new Set()) === 'sora-2-launch'
 */
export function idFromTitle(title: string, taken: Set<string>, fallback = 'entry'): string {
  const base =
    foldText(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
