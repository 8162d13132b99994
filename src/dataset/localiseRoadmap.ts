import type { Roadmap, Translation } from './schema';

/** The dataset's translation for a language tag: the exact tag first, then its base language ("de-AT" → "de"). */
export function translationFor(roadmap: Roadmap, language: string): Translation | undefined {
  const translations = roadmap.translations;
  if (!translations) return undefined;
  return translations[language] ?? translations[language.split('-')[0] ?? language];
}

const pick = <T extends object>(original: T, overrides: Partial<T> | undefined): T => {
  if (!overrides) return original;
  const out = { ...original };
  for (const key of Object.keys(overrides) as (keyof T)[]) if (overrides[key] !== undefined) out[key] = overrides[key] as T[keyof T];
  return out;
};

/**
 * The roadmap with its own text in `language` where it carries a translation: titles, short names, summaries, the tour's headlines,
 * narration and notes, and the meta text. Each field without a translation keeps the original, and a language with
 * none returns the same object, so the English dataset costs nothing.
 * @example localiseRoadmap(roadmap, 'de').levels[1].name === 'Reasoner'
 */
export function localiseRoadmap(roadmap: Roadmap, language: string): Roadmap {
  const translation = translationFor(roadmap, language);
  if (!translation) return roadmap;
  const nodes = translation.nodes ?? {};
  const named = <T extends { id: string; name: string; summary?: string }>(list: T[]): T[] =>
    list.map((entry) => {
      const t = nodes[entry.id];
      return t ? pick(entry, { name: t.title, summary: t.summary } as Partial<T>) : entry;
    });
  return {
    ...roadmap,
    meta: pick(roadmap.meta, translation.meta),
    levels: named(roadmap.levels),
    // An initiative's short name labels its lane and its pill on the roadmap chart.
    initiatives: named(roadmap.initiatives).map((entry) => pick(entry, { shortName: nodes[entry.id]?.shortName })),
    concerns: named(roadmap.concerns),
    milestones: roadmap.milestones.map((m) => {
      const t = nodes[m.id];
      return t ? pick(m, { title: t.title, summary: t.summary }) : m;
    }),
    tour: roadmap.tour?.map((step, i) => pick(step, translation.tour?.[i])),
  };
}
