import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { roadmapJsonSchema } from './roadmapJsonSchema';

describe('data/roadmap.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    const onDisk = JSON.parse(readFileSync('data/roadmap.schema.json', 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(roadmapJsonSchema())));
  });

  it('describes the top-level shape', () => {
    const schema = roadmapJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['meta', 'levels', 'initiatives', 'milestones', 'sources', 'tour']));
    expect(schema.required).toEqual(expect.arrayContaining(['levels', 'milestones', 'sources']));
  });
});
