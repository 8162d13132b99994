// npm run bench [-- --sizes 1000,5000,20000] [--runs 3] [--no-peer]
// Builds the app, generates synthetic datasets, and measures the app and vis-timeline on them in headless Chromium.
// Targets are printed, never enforced; it exits 1 only when the app failed to draw a dataset or the page logged an
// error or a failed request, which makes `--sizes 1000 --runs 1 --no-peer` an honest smoke test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildApp } from '../buildApp.mjs';
import { chunkSizes, formatChunkTable } from '../chunkSizes.mjs';
import { withTsModules } from '../loadTs.mjs';
import { serveStatic } from '../serveStatic.mjs';
import { combineRuns, formatBenchTable } from './benchReport.mjs';
import { measureCase } from './measureCase.mjs';
import { formatSearchTiming } from './searchTiming.mjs';
import { CHROMIUM_FLAGS } from './measurePage.mjs';
import { launchPipeBrowser } from './pipeBrowser.mjs';
import { chromiumPath } from '../chromiumPath.mjs';

const CAP_MS = 60_000;
const PEER = 'vis-timeline';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,5000,20000' }, runs: { type: 'string', default: '3' }, 'no-peer': { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, not "${values.sizes}"`);
  process.exit(2);
}
// Each case runs this many times, each in a fresh page; the table prints medians, with the range beside them.
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of at least 1, not "${values.runs}"`);
  process.exit(2);
}

const executablePath = chromiumPath();
console.log('Building the app…');
const dist = await buildApp('node_modules/.bench-dist');
const chunks = chunkSizes(dist);

const dataDir = resolve('node_modules/.bench-data');
mkdirSync(dataDir, { recursive: true });
await withTsModules(['/scripts/bench/syntheticRoadmap.ts'], ({ syntheticRoadmap }) => {
  for (const n of sizes) writeFileSync(join(dataDir, `roadmap-${n}.json`), JSON.stringify(syntheticRoadmap(n)));
});

const peerDir = resolve('node_modules/vis-timeline');
const peerVersion = JSON.parse(readFileSync(join(peerDir, 'package.json'), 'utf8')).version;
const peerJs = gzipSync(readFileSync(join(peerDir, 'standalone/umd/vis-timeline-graph2d.min.js')), { level: 9 }).byteLength;

// One origin for the app, the data and the peer page, as the app's Content-Security-Policy expects.
const server = await serveStatic({ '/app/': dist, '/bench-data/': dataDir, '/peer/': 'scripts/bench/peer', '/peer/vis/': peerDir });
const dataUrl = (n) => `${server.origin}/bench-data/roadmap-${n}.json`;
const launch = () => chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
// The server compresses each file on its first request: done now, so the first measured load does not pay for it.
for (const n of sizes) await (await fetch(dataUrl(n), { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();

const ours = new Map();
const searchTimings = [];
const peer = values['no-peer'] ? null : new Map();
let browser = await launch();
let pipe = launchPipeBrowser(executablePath, CHROMIUM_FLAGS);
// A page stuck in a minutes-long task can outlive its closed context; fresh browsers keep the next case clean.
async function restart() {
  await browser.close();
  browser = await launch();
  await pipe.close();
  pipe = launchPipeBrowser(executablePath, CHROMIUM_FLAGS);
}
const browserVersion = browser.version();
try {
  for (const n of sizes) {
    const results = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`Measuring the app with ${n.toLocaleString('en')} milestones${runs > 1 ? ` (run ${run} of ${runs})` : ''}…`);
      const result = await measureCase(browser, pipe, {
        url: `${server.origin}/app/?data=${encodeURIComponent(dataUrl(n))}`,
        probe: { selector: `[data-milestones-drawn="${n}"]`, attribute: 'data-milestones-drawn', failSelector: '.dataset-error' },
        target: '.timeline__svg',
        drag: 'mouse',
        view: "new URLSearchParams(location.search).get('window')",
        capMs: CAP_MS,
        // A lane's name with a typo, then a month as written: each prefix is a keystroke.
        search: { typed: 'Compas milestne 2024-05' },
      });
      results.push(result);
      if (result.search) searchTimings.push(`Search at ${n.toLocaleString('en')} milestones, run ${run}: ${formatSearchTiming(result.search)}`);
      if (result.search && process.env.BENCH_FRAMES) {
        for (const k of result.search.keystrokes)
          console.log(`  “${k.query}”: answered in ${k.answerMs.toFixed(1)} ms (frame ${k.frames}), longest frame ${k.longestFrameMs.toFixed(1)} ms`);
      }
      if (result.timedOut) await restart();
    }
    ours.set(n, combineRuns(results));
  }
  if (peer) {
    for (const n of sizes) {
      // Larger datasets only take longer: after one case over the cap the rest are reported as over it too.
      const earlier = [...peer.values()].find((r) => r.timedOut);
      if (earlier) {
        peer.set(n, { problems: [], error: earlier.error, timedOut: true, skipped: true });
        continue;
      }
      const results = [];
      for (let run = 1; run <= runs; run++) {
        console.log(`Measuring ${PEER} ${peerVersion} with ${n.toLocaleString('en')} milestones${runs > 1 ? ` (run ${run} of ${runs})` : ''}…`);
        const result = await measureCase(browser, pipe, {
          url: `${server.origin}/peer/?data=${encodeURIComponent(dataUrl(n))}`,
          target: '.vis-panel.vis-center',
          drag: 'pointer',
          view: 'JSON.stringify(window.__peerTimeline.getWindow())',
          capMs: CAP_MS,
        });
        results.push(result);
        if (result.timedOut) {
          await restart();
          // Once over the cap, another run would only be over it again.
          break;
        }
      }
      peer.set(n, combineRuns(results));
    }
  }
} finally {
  await browser.close();
  await pipe.close();
  await server.close();
}

const { text: chunkTable, initialGzip } = formatChunkTable(chunks);
console.log(
  `\n${formatBenchTable({ sizes, ours, peer, peerName: `${PEER} ${peerVersion}`, capMs: CAP_MS, ourJs: initialGzip, peerJs, browserVersion, runs })}`,
);
if (peer && [...peer.values()].some((r) => r.skipped)) console.log(`(${PEER}: sizes after the first one over ${CAP_MS / 1000} s were not run.)`);
for (const [n, r] of peer ?? []) if (r.error && !r.timedOut && !r.skipped) console.log(`${PEER} at ${n}: ${r.error}`);
console.log(`\nOur JS chunks:\n${chunkTable}`);
if (searchTimings.length) console.log(`\n${searchTimings.join('\n')}\n(target: a keystroke answers within one frame, ${16.7} ms)`);

let failed = false;
for (const [n, r] of ours) {
  if (r.error || r.problems.length) {
    failed = true;
    console.error(`\n✗ The app at ${n.toLocaleString('en')} milestones: ${r.error ?? 'drew the dataset, but the page reported problems'}`);
    for (const p of r.problems) console.error(`  ${p}`);
  }
}
if (!failed) console.log('\n✓ The app drew every dataset with no console error or failed request.');
process.exit(failed ? 1 : 0);
