import { currentLanguage, t } from '../i18n/i18n';
import { formatNumber, intlLocale } from '../i18n/format';
import { DatasetError, type DatasetProblem } from './DatasetError';
import { parseRoadmap } from './parseRoadmap';
import type { Roadmap } from './schema';

/** Datasets up to this size load (20,000 milestones fit several times over). */
export const MAX_DATASET_BYTES = 60_000_000;

/** The same words wherever a dataset is refused for its size: "x.json is 70.0 MB, over the 60 MB limit". */
export function tooLargeMessage(name: string, bytes: number): string {
  const language = currentLanguage();
  const size = new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  return t('dataset.tooLarge', { name, size, limit: formatNumber(MAX_DATASET_BYTES / 1_000_000, language) });
}

export type DatasetCheck = { ok: true; roadmap: Roadmap } | { ok: false; summary: string; problems: DatasetProblem[] };

/** JSON.parse, with a failure in the words of every other dataset problem. */
export function readJson(text: string, name: string): { ok: true; json: unknown } | Extract<DatasetCheck, { ok: false }> {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, summary: t('dataset.notJson', { name }), problems: [{ path: '', message: (error as Error).message }] };
  }
}

/** Parses and validates a dataset's text: the same checks for the app, the validate command and tests. */
export function validateDatasetText(text: string, name: string): DatasetCheck {
  const read = readJson(text, name);
  if (!read.ok) return read;
  const { json } = read;
  try {
    return { ok: true, roadmap: parseRoadmap(json) };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, summary: error.summary, problems: error.problems };
    throw error;
  }
}
