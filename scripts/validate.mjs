// npm run validate -- path/to/dataset.json (or .csv)
// Prints every problem as the app does (its JSON path or CSV row, the entry's id, the bad value, what is wrong), and exits non-zero, using the same checks as the app.
import { readFileSync, statSync } from 'node:fs';
import { withTsModules } from './loadTs.mjs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run validate -- path/to/dataset.json');
  process.exit(2);
}

const modules = ['/src/dataset/validateDatasetText.ts', '/src/dataset/checkDatasetText.ts', '/src/dataset/decodeDataset.ts', '/src/dataset/DatasetError.ts'];
const code = await withTsModules(modules, async ({ tooLargeMessage, MAX_DATASET_BYTES }, { checkDatasetText }, { readDatasetFile }, { formatProblem }) => {
  let text;
  try {
    const { size } = statSync(file);
    if (size > MAX_DATASET_BYTES) {
      console.error(`✗ ${tooLargeMessage(file, size)}.`);
      return 1;
    }
    // The app's own decoding, so a file it would refuse (UTF-16, say) is refused here too.
    text = await readDatasetFile(new Blob([readFileSync(file)]), file);
  } catch (error) {
    console.error(error.name === 'DatasetError' ? `✗ ${error.message}` : `✗ Could not read ${file}: ${error.message}`);
    return 1;
  }
  const result = await checkDatasetText(text, file);
  if (result.ok) {
    const r = result.roadmap;
    console.log(
      `✓ ${file} is a valid dataset: ${r.levels.length} levels, ${r.initiatives.length} initiatives, ${r.milestones.length} milestones, ${r.sources.length} sources${r.tour ? `, a tour of ${r.tour.length} steps` : ''}.`,
    );
    return 0;
  }
  console.error(`✗ ${result.summary}`);
  for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
  console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`);
  return 1;
});
process.exit(code);
