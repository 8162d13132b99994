import { RoadmapSchema, type Roadmap } from './schema';
import { checkLinks } from './checkLinks';
import { DatasetError, type DatasetProblem } from './DatasetError';

/** Joins a zod issue path the way people read JSON: `milestones[3].date`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Validates untrusted JSON into a Roadmap, or throws a DatasetError listing every problem. */
export function parseRoadmap(json: unknown): Roadmap {
  const result = RoadmapSchema.safeParse(json);
  if (!result.success) {
    const problems: DatasetProblem[] = result.error.issues.map((issue) => ({
      path: formatJsonPath(issue.path),
      message: issue.message,
    }));
    throw new DatasetError('The dataset does not match the schema', problems);
  }
  const linkProblems = checkLinks(result.data);
  if (linkProblems.length) throw new DatasetError('The dataset has broken links', linkProblems);
  return result.data;
}
