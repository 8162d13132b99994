// npm run size: builds the app and prints every JS chunk, raw and gzipped. Fails when the initial JS is over budget,
// or when a feature most visits never use has slipped into the initial download.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './buildApp.mjs';
import { chunkSizes, formatChunkTable, INITIAL_JS_BUDGET, kB } from './chunkSizes.mjs';

// A text only that feature's code contains, for each feature that must load on demand.
const ON_DEMAND = {
  'presenter view': 'presenter__preview-next',
  'QR code': 'h1v1h-1z',
  'SVG export': 'stroke-dasharray="2 10"',
  'PNG export': 'toBlob',
  'dataset error panel': 'problems were found',
};

const dist = await buildApp('node_modules/.size-dist');
const chunks = chunkSizes(dist);
const { text, initialGzip } = formatChunkTable(chunks);
console.log(text);

const problems = [];
if (initialGzip > INITIAL_JS_BUDGET) problems.push(`Initial JavaScript is ${kB(initialGzip)} gzipped, over the ${kB(INITIAL_JS_BUDGET)} budget.`);
const code = new Map(chunks.map((c) => [c.file, readFileSync(join(dist, c.file), 'utf8')]));
for (const [feature, marker] of Object.entries(ON_DEMAND)) {
  const holders = chunks.filter((c) => code.get(c.file).includes(marker));
  if (!holders.length) problems.push(`No chunk contains the ${feature}'s marker “${marker}”: update ON_DEMAND in scripts/size.mjs.`);
  else if (holders.some((c) => c.initial))
    problems.push(
      `The ${feature} is in the initial download (${holders
        .filter((c) => c.initial)
        .map((c) => c.file)
        .join(', ')}); import it with import().`,
    );
}
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(
  `✓ Initial JavaScript is ${kB(initialGzip)} gzipped, within the ${kB(INITIAL_JS_BUDGET)} budget; ${Object.keys(ON_DEMAND).join(', ')} load on demand.`,
);
