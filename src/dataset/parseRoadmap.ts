import { RoadmapSchema, type Roadmap } from './schema';
import { allPass, isCanonicalMilestone, isCanonicalSource } from './canonicalEntries';
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
  const result = parseQuickly(json) ?? RoadmapSchema.safeParse(json);
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

/**
 * When every milestone and source is already in its validated form, zod checks the rest and those are kept
 * as they are; otherwise undefined, and zod checks the whole dataset and reports every problem.
 */
function parseQuickly(json: unknown): { success: true; data: Roadmap } | undefined {
  if (typeof json !== 'object' || json === null || !('milestones' in json) || !('sources' in json)) return undefined;
  const { milestones, sources } = json;
  if (!allPass(milestones, isCanonicalMilestone) || !allPass(sources, isCanonicalSource)) return undefined;
  const rest = RoadmapSchema.safeParse({ ...json, milestones: [], sources: sources.slice(0, 1) });
  if (!rest.success) return undefined;
  return { success: true, data: { ...rest.data, milestones: milestones as Roadmap['milestones'], sources: sources as Roadmap['sources'] } };
}
