import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/i18n';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { customDatasetNotes } from './customDatasetNotes';
import type { Roadmap } from './schema';

/** The fixture with `count` milestones, none of them with a source or a summary, and no stated level. */
function bare(count: number): Roadmap {
  const template = fixtureRoadmap.milestones[0]!;
  const milestones = Array.from({ length: count }, (_, i) => ({ ...template, id: `m-${i}`, sources: undefined, summary: undefined }));
  return { ...fixtureRoadmap, milestones, currentLevel: undefined };
}

afterEach(() => activateLanguage('en'));

describe('customDatasetNotes', () => {
  it('counts in English, with the number grouped', () => {
    expect(customDatasetNotes(bare(1))[0]).toBe('1 milestone has no source.');
    expect(customDatasetNotes(bare(1234))).toEqual([
      '1,234 milestones have no source.',
      '1,234 milestones have no summary.',
      'The dataset does not say which level has been reached.',
    ]);
  });

  it('takes French’s plural forms, one for 0 and 1', async () => {
    await activateLanguage('fr');
    expect(customDatasetNotes(bare(1))[0]).toBe('1 jalon n’a aucune source.');
    expect(customDatasetNotes(bare(12))[1]).toBe('12 jalons n’ont aucun résumé.');
  });

  it('takes Arabic’s plural forms: one, two, few and many', async () => {
    await activateLanguage('ar');
    expect([1, 2, 3, 11, 100].map((n) => customDatasetNotes(bare(n))[0])).toEqual([
      'معلم واحد بلا مصدر.',
      'معلمان بلا مصدر.',
      '3 معالم بلا مصدر.',
      '11 معلمًا بلا مصدر.',
      '100 معلم بلا مصدر.',
    ]);
  });
});
