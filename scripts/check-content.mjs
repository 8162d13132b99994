// npm run check:content [-- path/to/dataset.json]
// The built-in dataset's editorial checks (scripts/contentCheck.ts), then each initiative's latest milestone beside
// the review date, so a maintainer sees at a glance what has gone stale. Exits non-zero on any problem.
import { readFileSync } from 'node:fs';
import { withTsModules } from './loadTs.mjs';

const file = process.argv[2] ?? 'data/roadmap.json';

const code = await withTsModules(['/src/dataset/parseRoadmap.ts', '/scripts/contentCheck.ts'], ({ parseRoadmap }, { checkContent, monthsBetween }) => {
  let roadmap;
  try {
    roadmap = parseRoadmap(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`✗ ${file} is not a valid dataset (${error.message}); run npm run validate -- ${file}`);
    return 1;
  }
  const { problems, freshness, reviewed } = checkContent(roadmap);
  console.log(`${file}: sources reviewed to ${reviewed ?? '(not stated)'}`);
  const width = Math.max(...freshness.map((f) => f.initiative.length));
  for (const { initiative, latest } of freshness) {
    const age = latest && reviewed ? `, ${monthsBetween(latest, reviewed)} months before the review` : '';
    console.log(`  ${initiative.padEnd(width)}  latest milestone ${latest ?? 'none'}${age}`);
  }
  if (problems.length === 0) {
    console.log(`✓ ${roadmap.sources.length} sources and every node pass the content checks.`);
    return 0;
  }
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`${problems.length} content problem${problems.length === 1 ? '' : 's'}.`);
  return 1;
});
process.exit(code);
