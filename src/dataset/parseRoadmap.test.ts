import { afterEach, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/i18n';
import { formatJsonPath, parseRoadmap } from './parseRoadmap';
import { DatasetError, formatProblem } from './DatasetError';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { isRealDate, RoadmapDateSchema } from './schema';

function problemsOf(json: unknown) {
  try {
    parseRoadmap(json);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem);
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
    expect(problems).toEqual([
      'milestones[0] (chat-launch).date: "2025-02-30" is not a real calendar date',
      'milestones[1] (codex-launch).date: "16/05/2025" must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('names the entry by path and id and shows the bad value: milestones[3] (codex-launch).date', () => {
    const r = structuredClone(fixtureRoadmap);
    const [chat, codex, sora] = r.milestones;
    r.milestones = [chat!, sora!, { ...chat!, id: 'chat-follow-up' }, { ...codex!, date: '2025-02-30' }];
    expect(problemsOf(r)).toEqual(['milestones[3] (codex-launch).date: "2025-02-30" is not a real calendar date']);
  });

  it('gives a malformed date one message and an impossible one the calendar message', () => {
    const messages = (date: string) => RoadmapDateSchema.safeParse(date).error?.issues.map((i) => i.message) ?? [];
    expect(messages('16/05/2025')).toEqual(['must be YYYY, YYYY-MM or YYYY-MM-DD']);
    for (const bad of ['2025-02-29', '2025-04-31', '2025-13', '2025-00', '2025-01-00', '2025-01-32']) {
      expect(messages(bad), bad).toEqual(['is not a real calendar date']);
    }
    for (const good of ['2025', '2025-12', '2024-02-29', '2025-12-31', '2000-02-29']) expect(messages(good), good).toEqual([]);
    expect(messages('1900-02-29')).toEqual(['is not a real calendar date']);
  });

  it('finds real dates exactly as a round trip through Date does', () => {
    const roundTrip = (value: string) => {
      const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const y of [0, 50, 99, 100, 1900, 2000, 2023, 2024, 2025, 2100, 9999]) {
      expect(isRealDate(pad(y, 4)), pad(y, 4)).toBe(roundTrip(pad(y, 4)));
      for (let m = 0; m <= 13; m++) {
        const month = `${pad(y, 4)}-${pad(m, 2)}`;
        expect(isRealDate(month), month).toBe(roundTrip(month));
        for (let d = 0; d <= 32; d++) expect(isRealDate(`${month}-${pad(d, 2)}`), `${month}-${pad(d, 2)}`).toBe(roundTrip(`${month}-${pad(d, 2)}`));
      }
    }
  });

  it('rejects duplicate ids and unknown source ids', () => {
    const r = structuredClone(fixtureRoadmap);
    r.milestones[1]!.id = 'chat-launch';
    r.milestones[2]!.sources = ['nope'];
    expect(problemsOf(r)).toEqual(
      expect.arrayContaining([
        'milestones[1] (chat-launch).id: "chat-launch" is a duplicate id (first used at milestones[0].id)',
        'milestones[2] (sora-launch).sources[0]: "nope" is not the id of any source',
      ]),
    );
  });

  it('refuses non-http source URLs', () => {
    const r = structuredClone(fixtureRoadmap);
    r.sources[0]!.url = 'javascript:alert(1)';
    expect(problemsOf(r)[0]).toBe('sources[0] (src-a).url: "javascript:alert(1)" must be an http(s) URL');
  });

  it('names the entry and the value of a wrong type, and no value for what is missing', () => {
    const r = structuredClone(fixtureRoadmap) as unknown as { milestones: Record<string, unknown>[] };
    r.milestones[0]!.title = 7;
    delete r.milestones[1]!.date;
    const [wrongType, missing] = problemsOf(r);
    expect(wrongType).toBe('milestones[0] (chat-launch).title: 7 Invalid input: expected string, received number');
    expect(missing).toBe('milestones[1] (codex-launch).date: Invalid input: expected string, received undefined');
  });

  it('joins paths as people read JSON', () => {
    expect(formatJsonPath(['milestones', 3, 'levels', 0, 'levelId'])).toBe('milestones[3].levels[0].levelId');
  });

  describe('in another language', () => {
    afterEach(() => activateLanguage('en'));

    it('words zod’s messages, the refinements and the link check in German, keeping path, entry and value', async () => {
      await activateLanguage('de');
      const r = structuredClone(fixtureRoadmap) as unknown as { milestones: Record<string, unknown>[]; sources: Record<string, unknown>[] };
      r.milestones[0]!.title = 7;
      r.milestones[1]!.date = '2025-02-30';
      r.sources[0]!.confidence = 'sure';
      expect(problemsOf(r)).toEqual([
        'milestones[0] (chat-launch).title: 7 Ungültige Eingabe: erwartet string, erhalten number',
        'milestones[1] (codex-launch).date: "2025-02-30" ist kein gültiges Kalenderdatum',
        'sources[0] (src-a).confidence: "sure" Ungültige Option: erwartet einer von "primary"|"secondary"|"unconfirmed"',
      ]);
      const broken = structuredClone(fixtureRoadmap);
      broken.milestones[0]!.sources = ['no-such-source'];
      expect(() => parseRoadmap(broken)).toThrow('Der Datensatz hat fehlerhafte Verweise');
      expect(problemsOf(broken)).toEqual(['milestones[0] (chat-launch).sources[0]: "no-such-source" ist nicht die ID einer Quelle']);
    });

    it('puts French’s space before the colon', async () => {
      await activateLanguage('fr');
      const r = structuredClone(fixtureRoadmap);
      r.meta.title = ' ';
      expect(problemsOf(r)).toEqual(['meta.title : " " ne doit pas être vide']);
    });
  });
});
