import { describe, expect, it } from 'vitest';
import { formatJsonPath, parseRoadmap } from './parseRoadmap';
import { DatasetError } from './DatasetError';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

function problemsOf(json: unknown) {
  try {
    parseRoadmap(json);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('parseRoadmap', () => {
  it('accepts the fixture', () => {
    expect(parseRoadmap(structuredClone(fixtureRoadmap)).milestones).toHaveLength(3);
  });

  it('rejects impossible dates and bad date forms with their paths', () => {
    const r = structuredClone(fixtureRoadmap);
    r.milestones[0]!.date = '2025-02-30';
    r.milestones[1]!.date = '16/05/2025';
    const problems = problemsOf(r);
    expect(problems.some((p) => p.startsWith('milestones[0].date'))).toBe(true);
    expect(problems.some((p) => p.startsWith('milestones[1].date'))).toBe(true);
  });

  it('rejects duplicate ids and unknown source ids', () => {
    const r = structuredClone(fixtureRoadmap);
    r.milestones[1]!.id = 'chat-launch';
    r.milestones[2]!.sources = ['nope'];
    expect(problemsOf(r)).toEqual(
      expect.arrayContaining([
        'milestones[1].id: duplicate id "chat-launch" (first used at milestones[0].id)',
        'milestones[2].sources[0]: unknown source "nope"',
      ]),
    );
  });

  it('refuses non-http source URLs', () => {
    const r = structuredClone(fixtureRoadmap);
    r.sources[0]!.url = 'javascript:alert(1)';
    expect(problemsOf(r)[0]).toMatch(/^sources\[0\]\.url/);
  });

  it('joins paths as people read JSON', () => {
    expect(formatJsonPath(['milestones', 3, 'levels', 0, 'levelId'])).toBe('milestones[3].levels[0].levelId');
  });
});
