import { describe, expect, it } from 'vitest';
import { checkDatasetText, looksLikeCsv } from './checkDatasetText';
import { customDatasetNotes } from './customDatasetNotes';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

describe('looksLikeCsv', () => {
  it('goes by the content type, then the name, then the text', () => {
    expect(looksLikeCsv('data.json', 'text/csv; charset=utf-8')).toBe(true);
    expect(looksLikeCsv('https://docs.google.com/spreadsheets/d/e/X/pub?gid=0&single=true&output=csv')).toBe(true);
    expect(looksLikeCsv('sheet.CSV')).toBe(true);
    expect(looksLikeCsv('x', 'application/json')).toBe(false);
    expect(looksLikeCsv('x', '', ' {"meta":1}')).toBe(false);
    expect(looksLikeCsv('x', 'text/plain', 'date,title')).toBe(true);
  });
});

describe('checkDatasetText', () => {
  it('derives missing ids from titles and names, and accepts a roadmap without summaries, sources or a current level', async () => {
    const { currentLevel: _current, ...rest } = structuredClone(fixtureRoadmap);
    void _current;
    const json = { ...rest, milestones: rest.milestones.map(({ id: _id, summary: _s, sources: _src, ...m }) => (void _id, void _s, void _src, m)) };
    const result = await checkDatasetText(JSON.stringify(json), 'mine.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.roadmap.milestones.map((m) => m.id)).toEqual(
      fixtureRoadmap.milestones.map((m) =>
        m.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
      ),
    );
    expect(customDatasetNotes(result.roadmap)).toEqual([
      `${json.milestones.length} milestones have no source.`,
      `${json.milestones.length} milestones have no summary.`,
      'The dataset does not say which level has been reached.',
    ]);
  });

  it('names the entry and the bad value of a JSON problem', async () => {
    const json = structuredClone(fixtureRoadmap) as unknown as { milestones: Record<string, unknown>[] };
    json.milestones[1]!.date = '2025-13';
    const result = await checkDatasetText(JSON.stringify(json), 'mine.json');
    expect(!result.ok && result.problems).toEqual([
      { path: 'milestones[1].date', message: 'is not a real calendar date', entry: json.milestones[1]!.id, value: '"2025-13"' },
    ]);
  });

  it('reads a CSV by its name', async () => {
    const result = await checkDatasetText('date,title\n2024,One\n', 'sheet.csv');
    expect(result.ok && result.roadmap.milestones[0]!.id).toBe('one');
  });
});
