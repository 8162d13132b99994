import { DatasetError } from './DatasetError';
import { idFromTitle } from './idFromTitle';
import { parseRoadmap } from './parseRoadmap';
import { readJson, type DatasetCheck } from './validateDatasetText';

/** A CSV by its content type, its name ("….csv", a spreadsheet's "…?output=csv"), or else by not looking like JSON. */
export function looksLikeCsv(name: string, contentType = '', text = ''): boolean {
  if (/\bcsv\b/i.test(contentType)) return true;
  if (/json/i.test(contentType)) return false;
  const path = name.replace(/[?#].*$/, '');
  if (/\.csv$/i.test(path) || /[?&](?:output|format)=csv\b/i.test(name)) return true;
  if (/\.json$/i.test(path)) return false;
  const first = text.trimStart()[0];
  return first !== undefined && first !== '{' && first !== '[';
}

const LISTS = ['levels', 'initiatives', 'concerns', 'milestones'] as const;

/** A custom dataset's entries may leave out their ids: each gets one made from its title or name. */
function deriveMissingIds(json: unknown): void {
  if (typeof json !== 'object' || json === null) return;
  const record = json as Record<string, unknown>;
  const entries = LISTS.flatMap((key) => (Array.isArray(record[key]) ? (record[key] as unknown[]) : [])).filter(
    (e): e is Record<string, unknown> => typeof e === 'object' && e !== null,
  );
  const taken = new Set(entries.map((e) => e.id).filter((id): id is string => typeof id === 'string'));
  for (const e of entries) {
    const title = e.title ?? e.name;
    if (e.id === undefined && typeof title === 'string') e.id = idFromTitle(title, taken);
  }
}

/**
 * Validates a custom dataset, JSON or CSV: the CSV code is only downloaded for a CSV. Problems carry their entry
 * and value (parseRoadmap adds them), and their row and column in a CSV.
 */
export async function checkDatasetText(text: string, name: string, contentType = ''): Promise<DatasetCheck> {
  if (looksLikeCsv(name, contentType, text)) {
    const { csvToRoadmap } = await import('./csv/csvToRoadmap');
    return csvToRoadmap(text, name);
  }
  const read = readJson(text, name);
  if (!read.ok) return read;
  const { json } = read;
  deriveMissingIds(json);
  try {
    return { ok: true, roadmap: parseRoadmap(json) };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, summary: error.summary, problems: error.problems };
    throw error;
  }
}
