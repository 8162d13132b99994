import type { Roadmap } from './schema';
import { formatRoadmapDate } from './roadmapDate';

/** "Sources reviewed to 2 December 2026", or null for a dataset that does not say when it was checked. */
export function reviewedText(meta: Roadmap['meta']): string | null {
  return meta.reviewed ? `Sources reviewed to ${formatRoadmapDate(meta.reviewed)}` : null;
}
