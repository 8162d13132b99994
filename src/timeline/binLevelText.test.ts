import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/i18n';
import { binLevelText } from './binLevelText';

describe('binLevelText', () => {
  it('names each level a bin reaches, highest first, with the milestones on no level last', () => {
    const levels = [
      { rank: 2, name: 'Reasoners' },
      { rank: 5, name: 'Organisations' },
    ];
    expect(binLevelText([3, 0, 2, 0, 0, 4], levels, 'en')).toBe('4 at Level 5 Organisations, 2 at Level 2 Reasoners, 3 at no level');
    // A rank the dataset does not name still gets its number.
    expect(binLevelText([0, 1, 0, 0, 0, 0], levels, 'en')).toBe('1 at Level 1');
  });

  it('says "or above" for the top count when the dataset ranks levels beyond the palette', () => {
    const levels = [5, 6, 1_000_000].map((rank) => ({ rank, name: `L${rank}` }));
    expect(binLevelText([1, 0, 0, 0, 0, 7], levels, 'en')).toBe('7 at Level 5 or above, 1 at no level');
  });
});

describe('binLevelText in another language', () => {
  afterEach(() => activateLanguage('en'));

  it('gives each part the plural form of its count and joins the parts as the language does', async () => {
    const levels = [{ rank: 2, name: 'Reasoners' }];
    await activateLanguage('ar');
    expect(binLevelText([1, 0, 2], levels, 'ar')).toBe('معلمان في المستوى 2 Reasoners ومعلم واحد بلا مستوى');
    expect(binLevelText([11, 0, 3], levels, 'ar')).toBe('3 معالم في المستوى 2 Reasoners و11 معلمًا بلا مستوى');
    await activateLanguage('de');
    expect(binLevelText([4, 1, 2], levels, 'de')).toBe('2 auf Stufe 2 Reasoners, 1 auf Stufe 1 und 4 ohne Stufe');
  });
});
