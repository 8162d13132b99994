import { t } from '../i18n/i18n';
import { DatasetError, type DatasetProblem } from './DatasetError';
import { parseRoadmap } from './parseRoadmap';
import type { Roadmap } from './schema';

export { MAX_DATASET_BYTES, tooLargeMessage } from './datasetLimits';

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
