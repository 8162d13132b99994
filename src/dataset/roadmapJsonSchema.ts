import * as z from 'zod/mini';
import { RoadmapSchema } from './schema';

/**
 * The dataset format as JSON Schema, generated from the zod schema (the single source of truth), for
 * editors and other tools. Checks zod cannot express there (real calendar dates, links between ids)
 * are done by `npm run validate`.
 */
export function roadmapJsonSchema(): object {
  return {
    ...z.toJSONSchema(RoadmapSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    title: 'Roadmap Explorer dataset',
    description:
      'Levels or phases, initiatives (timeline lanes), ethics concerns, dated milestones, sources and an optional guided tour. Generated from src/dataset/schema.ts by `npm run schema`; do not edit by hand.',
  };
}
