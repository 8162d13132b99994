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

export function formatProblem(p: DatasetProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
