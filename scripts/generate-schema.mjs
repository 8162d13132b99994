// Writes data/roadmap.schema.json from the zod schema. A unit test fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { withTsModules } from './loadTs.mjs';

await withTsModules(['/src/dataset/roadmapJsonSchema.ts'], ({ roadmapJsonSchema }) => {
  writeFileSync('data/roadmap.schema.json', `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`);
  console.log('Wrote data/roadmap.schema.json');
});
