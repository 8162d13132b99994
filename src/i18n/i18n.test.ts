import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage, currentLanguage, t } from './i18n';

afterEach(() => activateLanguage('en'));

describe('the i18n layer', () => {
  it('speaks English from the start, with ICU plurals', async () => {
    expect(currentLanguage()).toBe('en');
    expect(t('panel.close')).toBe('Close details');
    expect([1, 3].map((count) => t('common.milestoneCount', { count }))).toEqual(['1 milestone', '3 milestones']);
    expect(t('common.showMoreSources', { count: 50, shown: 200, total: 1250 })).toBe('Show 50 more sources (200 of 1,250 shown)');
  });

  it('loads another language on demand and uses its plural rules', async () => {
    await activateLanguage('de');
    expect(t('panel.close')).toBe('Details schließen');
    expect(t('common.milestoneCount', { count: 1 })).toBe('1 Meilenstein');
    await activateLanguage('ar');
    const counts = [0, 1, 2, 3, 11, 100].map((count) => t('common.milestoneCount', { count }));
    expect(counts.slice(0, 3)).toEqual(['لا معالم', 'معلم واحد', 'معلمان']);
    expect(counts[3]).toMatch(/ معالم$/);
    expect(counts[4]).toMatch(/ معلمًا$/);
    expect(counts[5]).toMatch(/ معلم$/);
  });
});
