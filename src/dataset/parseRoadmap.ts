import { t } from '../i18n/i18n';
import { RoadmapSchema, type Roadmap } from './schema';
import { checkLinks, formatJsonPath } from './checkLinks';
import { DatasetError } from './DatasetError';
import { describeProblems } from './describeProblems';

export { formatJsonPath };

/**
 * Validates untrusted JSON into a Roadmap with zod and the link check, or throws a DatasetError listing every
 * problem, each with its path, the entry it is in and the bad value.
 */
export function parseRoadmap(json: unknown): Roadmap {
  const result = RoadmapSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message }));
    throw new DatasetError(t('dataset.schemaMismatch'), describeProblems(json, problems));
  }
  const links = checkLinks(result.data).map((p) => ({ path: formatJsonPath(p.path), message: p.message }));
  if (links.length) throw new DatasetError(t('dataset.brokenLinks'), describeProblems(result.data, links));
  return result.data;
}
