import Papa from 'papaparse';
import { currentLanguage, t } from '../../i18n/i18n';
import { formatList } from '../../i18n/format';
import type { DatasetProblem } from '../DatasetError';
import { DatasetError } from '../DatasetError';
import type { Confidence } from '../schema';
import { parseRoadmap } from '../parseRoadmap';
import { idFromTitle } from '../idFromTitle';
import { shownValue } from '../describeProblems';
import type { DatasetCheck } from '../validateDatasetText';
import { CONCERN_SEPARATOR, CSV_COLUMNS, normaliseHeader, REQUIRED_COLUMNS, type CsvColumn } from './csvColumns';

type Row = Partial<Record<CsvColumn, string>>;

/** Where in the sheet a JSON path of the built roadmap came from: row 1 is the header, so data starts at row 2. */
interface Origin {
  row: number;
  columns: Partial<Record<string, CsvColumn>>;
}

const MILESTONE_COLUMNS: Partial<Record<string, CsvColumn>> = {
  id: 'id',
  title: 'title',
  date: 'date',
  summary: 'summary',
  confidence: 'confidence',
  initiative: 'lane',
  levels: 'level',
  concerns: 'concerns',
  sources: 'source_url',
};
const SOURCE_COLUMNS: Partial<Record<string, CsvColumn>> = { url: 'source_url', title: 'source_title', publisher: 'source_url' };

const cell = (row: Row, column: CsvColumn) => row[column]?.trim() ?? '';

/** A level's rank is the number it starts with ("2", "Level 2: Reasoners"), else its order of first use. */
function rankOf(name: string): number | null {
  const m = /^(?:level\s*)?(\d+)\b/i.exec(name);
  return m ? Number(m[1]) : null;
}

function publisherOf(url: string, title: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return title || url;
  }
}

/** The roadmap a sheet describes: one milestone per row; lanes, levels and concerns are the values the rows use. */
export function buildRoadmap(rows: Row[], name: string) {
  const origins = new Map<string, Origin>();
  const taken = new Set<string>();
  const lanes = new Map<string, string>();
  const levels = new Map<string, string>();
  const concerns = new Map<string, string>();
  const sources = new Map<string, { id: string; publisher: string; title: string; url?: string; confidence: Confidence }>();
  const idOf = (map: Map<string, string>, value: string, fallback: string) => {
    let id = map.get(value);
    if (!id) map.set(value, (id = idFromTitle(value, taken, fallback)));
    return id;
  };
  // Ids written in the sheet win; derived ones avoid them.
  for (const row of rows) if (cell(row, 'id')) taken.add(cell(row, 'id'));

  const milestones = rows.map((row, i) => {
    origins.set(`milestones[${i}]`, { row: i + 2, columns: MILESTONE_COLUMNS });
    const title = cell(row, 'title');
    const lane = cell(row, 'lane');
    const level = cell(row, 'level');
    const url = cell(row, 'source_url');
    const sourceTitle = cell(row, 'source_title');
    const confidence = (cell(row, 'confidence') || 'unconfirmed') as Confidence;
    let sourceId: string | undefined;
    if (url || sourceTitle) {
      const key = url || sourceTitle;
      let source = sources.get(key);
      if (!source) {
        source = {
          id: idFromTitle(`source ${sources.size + 1}`, taken),
          publisher: publisherOf(url, sourceTitle),
          title: sourceTitle || url,
          ...(url ? { url } : {}),
          confidence,
        };
        origins.set(`sources[${sources.size}]`, { row: i + 2, columns: SOURCE_COLUMNS });
        sources.set(key, source);
      }
      sourceId = source.id;
    }
    const concernIds = cell(row, 'concerns')
      .split(CONCERN_SEPARATOR)
      .map((c) => c.trim())
      .filter(Boolean)
      .map((c) => idOf(concerns, c, 'concern'));
    const summary = cell(row, 'summary');
    return {
      id: cell(row, 'id') || idFromTitle(title, taken, `row-${i + 2}`),
      title,
      date: cell(row, 'date'),
      ...(summary ? { summary } : {}),
      initiative: lane ? idOf(lanes, lane, 'lane') : null,
      levels: level ? [{ levelId: idOf(levels, level, 'level'), basis: 'editorial' as const }] : [],
      ...(concernIds.length ? { concerns: [...new Set(concernIds)] } : {}),
      ...(sourceId ? { sources: [sourceId] } : {}),
      confidence,
    };
  });

  const byOrder = [...levels.keys()];
  const numbered = new Set(byOrder.map(rankOf).filter((r) => r !== null));
  let next = 1;
  const levelList = byOrder.map((levelName) => {
    let rank = rankOf(levelName);
    if (rank === null) {
      while (numbered.has(next)) next++;
      rank = next++;
    }
    return { id: levels.get(levelName)!, rank, name: levelName, confidence: 'unconfirmed' as const };
  });
  const initiatives = [...lanes].map(([laneName, id]) => {
    const reached = new Set(milestones.filter((m) => m.initiative === id).flatMap((m) => m.levels.map((l) => l.levelId)));
    return {
      id,
      name: laneName,
      shortName: laneName,
      group: 'product' as const,
      levels: [...reached].map((levelId) => ({ levelId, basis: 'editorial' as const })),
      concerns: [],
      confidence: 'unconfirmed' as const,
    };
  });
  const title = /\.csv$/i.test(name) ? name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '') : t('dataset.csv.title');
  const json = {
    meta: { title, subtitle: t('dataset.csv.subtitle', { count: milestones.length }) },
    levels: levelList.sort((a, b) => a.rank - b.rank),
    initiatives,
    concerns: [...concerns].map(([concernName, id]) => ({ id, name: concernName, confidence: 'unconfirmed' as const })),
    milestones,
    sources: [...sources.values()],
  };
  return { json, origins };
}

/** "milestones[3].date" → "row 5, column date", with the cell's value; other paths are left as they are. */
function locate(problem: DatasetProblem, rows: Row[], origins: Map<string, Origin>, json: ReturnType<typeof buildRoadmap>['json']): DatasetProblem {
  const m = /^((?:milestones|sources)\[\d+\])(?:\.(\w+))?/.exec(problem.path);
  const origin = m ? origins.get(m[1]!) : undefined;
  if (!m || !origin) return problem;
  const column = (m[2] && origin.columns[m[2]]) || undefined;
  const row = rows[origin.row - 2] ?? {};
  const milestone = json.milestones[origin.row - 2];
  return {
    path: column ? t('dataset.csv.rowColumn', { row: origin.row, column }) : t('dataset.csv.row', { row: origin.row }),
    message: problem.message,
    entry: milestone?.id || milestone?.title,
    value: column ? shownValue(row[column] ?? '') : undefined,
  };
}

/** Parses a CSV sheet with papaparse and validates the roadmap it describes; problems name their row and column. */
export function csvToRoadmap(text: string, name: string): DatasetCheck {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: normaliseHeader });
  const headers = parsed.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((c) => !headers.includes(c));
  if (missing.length) {
    const language = currentLanguage();
    return {
      ok: false,
      summary: t('dataset.csv.notASheet', { name, columns: formatList(REQUIRED_COLUMNS, language) }),
      problems: [
        {
          path: t('dataset.csv.row', { row: 1 }),
          message: t('dataset.csv.noColumn', {
            missing: formatList(missing, language, 'disjunction'),
            headers: headers.join(', ') || t('dataset.csv.noHeaders'),
            columns: CSV_COLUMNS.join(', '),
          }),
        },
      ],
    };
  }
  const problems: DatasetProblem[] = parsed.errors.map((e) => {
    if (e.row === undefined) return { path: '', message: e.message };
    // A short or long row names the first column it lacks, or the first one too many.
    const found = Object.keys(parsed.data[e.row] ?? {}).filter((k) => k !== '__parsed_extra').length;
    const column =
      e.code === 'TooFewFields'
        ? headers[found]
        : e.code === 'TooManyFields'
          ? t('dataset.csv.extraColumn', { column: headers.length + 1, count: headers.length })
          : undefined;
    // papaparse's own message stays as it words it (English).
    return { path: column ? t('dataset.csv.rowColumn', { row: e.row + 2, column }) : t('dataset.csv.row', { row: e.row + 2 }), message: e.message };
  });
  if (problems.length) return { ok: false, summary: t('dataset.csv.malformed', { name }), problems };
  const rows = parsed.data as Row[];
  const { json, origins } = buildRoadmap(rows, name);
  try {
    return { ok: true, roadmap: parseRoadmap(json) };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return {
      ok: false,
      summary: t('dataset.csv.rowsNumbered', { summary: error.summary }),
      problems: error.problems.map((p) => locate(p, rows, origins, json)),
    };
  }
}
