// The one test command: type check, lint, unit and component tests, the built-in dataset's content checks, the
// bundle size budget, then end-to-end tests and the benchmark's smoke run in Chromium.
// Each step runs even if an earlier one failed; the last line is the total, as "N passed, N failed". The app is
// built once, and the size check, the end-to-end tests and the benchmark all use that build (APP_DIST).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'roadmap-tests-'));
const bin = (name) => join('node_modules', '.bin', name);

function run(label, cmd, args, env = process.env) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function vitestCounts(file, ok) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (ok ? 0 : report.numFailedTests ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const totals = { passed: 0, failed: 0 };
const add = ({ passed, failed }, label) => {
  totals.passed += passed;
  totals.failed += failed;
  console.log(`  ${label}: ${passed} passed, ${failed} failed`);
};

add(run('type check', bin('tsc'), ['--noEmit']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }, 'type check');
const linted = run('lint', bin('eslint'), ['.', '--max-warnings=0']);
const formatted = run('format check', bin('prettier'), ['--check', '.']);
add(linted && formatted ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }, 'lint');

const unitJson = join(dir, 'unit.json');
const unitOk = run('unit and component tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
add(vitestCounts(unitJson, unitOk), 'unit and component tests');

const pass = (ok) => (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
add(pass(run('content checks', process.execPath, ['scripts/check-content.mjs'])), 'content checks');
const dist = join(dir, 'dist');
const built = run('build', process.execPath, ['-e', `import('./scripts/buildApp.mjs').then((m) => m.buildApp(${JSON.stringify(dist)}))`]);
add(pass(built), 'build');
const withBuild = { ...process.env, APP_DIST: dist };
add(pass(built && run('bundle size', process.execPath, ['scripts/size.mjs'], withBuild)), 'bundle size');

const e2eJson = join(dir, 'e2e.json');
const e2eOk = run(
  'end-to-end tests (Chromium)',
  bin('vitest'),
  ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eJson}`],
  withBuild,
);
add(vitestCounts(e2eJson, e2eOk), 'end-to-end tests');

// The benchmark at 1,000 milestones, without the peer: the app must draw it with no console error or failed request.
add(
  pass(run('benchmark smoke (Chromium)', process.execPath, ['scripts/bench/run.mjs', '--sizes', '1000', '--runs', '1', '--no-peer'], withBuild)),
  'benchmark smoke',
);

rmSync(dir, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
