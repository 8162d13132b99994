import { t } from '../i18n/i18n';

/** One problem in a dataset, located by its JSON path ("milestones[3].date") or, in a CSV, its row and column. */
export interface DatasetProblem {
  path: string;
  message: string;
  /** The id, else the title, of the entry the problem is in. */
  entry?: string;
  /** The offending value as written in the file. */
  value?: string;
}

/** Thrown by the loader; carries every problem found so the panel can list them all. */
export class DatasetError extends Error {
  /** The one-line headline, without the list of problems. */
  readonly summary: string;
  readonly problems: DatasetProblem[];

  constructor(summary: string, problems: DatasetProblem[] = []) {
    super(problems.length ? `${summary}: ${problems.map(formatProblem).join('; ')}` : summary);
    this.name = 'DatasetError';
    this.summary = summary;
    this.problems = problems;
  }
}

// The entry part of a path: "milestones[3]" in a JSON path; in a CSV one, up to the row's number ("row 5", "Zeile 5").
const ENTRY_PART = /^(?:[A-Za-z]+\[\d+\]|\D*?\d+)/;

/**
 * One problem in the words a dataset author reads: where it is, the entry's id, the bad value, what is wrong.
 * @example formatProblem({ path: 'milestones[3].date', entry: 'codex-launch', value: '"2025-02-30"', message: 'is not a real calendar date' })
 * // 'milestones[3] (codex-launch).date: "2025-02-30" is not a real calendar date'
 */
export function formatProblem(p: DatasetProblem): string {
  const entryPart = ENTRY_PART.exec(p.path)?.[0];
  const where = p.entry && entryPart ? `${entryPart} (${p.entry})${p.path.slice(entryPart.length)}` : p.path;
  const what = p.value === undefined ? p.message : t('dataset.problemValue', { value: p.value, message: p.message });
  return where ? t('dataset.problemAt', { where, what }) : what;
}
