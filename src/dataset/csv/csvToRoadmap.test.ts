import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../i18n/i18n';
import { formatProblem } from '../DatasetError';
import { csvToRoadmap } from './csvToRoadmap';
import { csvTemplate, roadmapToCsv } from './roadmapToCsv';
import { fixtureRoadmap } from '../../testing/fixtureRoadmap';

const HEADER = 'date,title,lane,summary,level,concerns,source_url,source_title,id,confidence';

describe('csvToRoadmap', () => {
  it('loads the template, taking lanes, levels and concerns from the values the rows use', () => {
    const result = csvToRoadmap(csvTemplate(), 'roadmap-template.csv');
    if (!result.ok) throw new Error(result.summary);
    const r = result.roadmap;
    expect(r.meta.title).toBe('roadmap-template');
    expect(r.initiatives.map((n) => n.name)).toEqual(['Chat assistants', 'Reasoning models']);
    expect(r.levels.map((l) => [l.rank, l.name])).toEqual([
      [1, 'Chatbots'],
      [2, 'Reasoners'],
    ]);
    expect(r.concerns.map((c) => c.id)).toEqual(['data-privacy', 'misinformation']);
    expect(r.milestones[0]).toMatchObject({
      id: 'chatgpt-launch',
      initiative: 'chat-assistants',
      concerns: ['data-privacy', 'misinformation'],
      confidence: 'primary',
    });
    expect(r.milestones[1]!.sources).toBeUndefined();
    expect(r.sources).toEqual([expect.objectContaining({ url: 'https://openai.com/index/chatgpt/', publisher: 'openai.com', title: 'Introducing ChatGPT' })]);
  });

  it('gives the template back unchanged through "Download data"', () => {
    const result = csvToRoadmap(csvTemplate(), 't.csv');
    expect(result.ok && roadmapToCsv(result.roadmap)).toBe(csvTemplate());
  });

  it('needs only date and title: ids come from titles, a row without a lane goes in the context lane, levels rank by their number or first use', () => {
    const result = csvToRoadmap('Title,Date,Level\nLaunch,2024,Agents\nLaunch,2025-02,3 Innovators\nÉté,2025-03-04,Agents\n', 'sheet.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.roadmap.milestones.map((m) => [m.id, m.initiative])).toEqual([
      ['launch', null],
      ['launch-2', null],
      ['ete', null],
    ]);
    expect(result.roadmap.levels.map((l) => [l.rank, l.name])).toEqual([
      [1, 'Agents'],
      [3, '3 Innovators'],
    ]);
  });

  it('reports a bad cell by its row (the header is row 1) and column, with the entry and the value', () => {
    const csv = `${HEADER}\n2024-01,Fine,Lane,,,,,,,\n2024-02-30,Bad day,Lane,,,,,,bad-day,\n2024,Bad link,Lane,,,,ftp://x,,,secondary\n`;
    const result = csvToRoadmap(csv, 'sheet.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: 'row 3, column date', message: 'is not a real calendar date', entry: 'bad-day', value: '"2024-02-30"' },
      { path: 'row 4, column source_url', message: 'must be an http(s) URL', entry: 'bad-link', value: '"ftp://x"' },
    ]);
  });

  it('reports a row with too few cells by the first column it lacks', () => {
    const result = csvToRoadmap('date,title,lane\n2024,Fine,A\n2025,Short\n', 'sheet.csv');
    expect(!result.ok && result.problems).toEqual([expect.objectContaining({ path: 'row 3, column lane' })]);
  });

  it('says which columns a sheet needs when its header has neither', () => {
    const result = csvToRoadmap('name,when\nx,2024\n', 'sheet.csv');
    expect(!result.ok && result.problems[0]!.message).toContain('no date or title column');
  });
});

describe('csvToRoadmap in another language', () => {
  afterEach(() => activateLanguage('en'));

  it('names rows and columns in French, with the entry after the row', async () => {
    await activateLanguage('fr');
    const result = csvToRoadmap(`${HEADER}\n2024-02-30,Bad day,Lane,,,,,,bad-day,\n`, 'sheet.csv');
    if (result.ok) throw new Error('expected problems');
    expect(result.summary).toBe('Le jeu de données ne respecte pas le schéma (les lignes CSV sont numérotées à partir de l’en-tête, ligne 1)');
    expect(result.problems.map(formatProblem)).toEqual(['ligne 2 (bad-day), colonne date : "2024-02-30" n’est pas une date qui existe au calendrier']);
    const noHeader = csvToRoadmap('name,when\nx,2024\n', 'sheet.csv');
    expect(!noHeader.ok && noHeader.problems[0]!.message).toMatch(/^la ligne d’en-tête n’a pas de colonne date ou title \(elle a : name, when\)/);
  });
});

describe('roadmapToCsv', () => {
  it('writes one row per milestone with its lane, highest level, concerns and first source', () => {
    const lines = roadmapToCsv(fixtureRoadmap).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(fixtureRoadmap.milestones.length + 1);
  });
});
