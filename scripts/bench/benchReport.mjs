// The benchmark's table: our figures with the issue's targets, the peer's figures, and our ratio to the peer.
import { FRAME_BUDGET_MS } from './measurePage.mjs';

/** The targets, by dataset size; a figure under a target is printed with ✓ or ✗ beside it. */
export const TARGETS = {
  5000: { over: 3 },
  20000: { renderMs: 1000, p95: 33, over: 6, heapMB: 60 },
};

const MB = 1024 * 1024;
const CELL = 30;
const LABEL = 34;

const seconds = (ms) => (ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const times = (ratio) => `${ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2)}×`;
const check = (value, limit, unit) => (limit === undefined ? '' : ` ${value <= limit ? '✓' : '✗'} ≤ ${limit}${unit}`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const range = (values) => [Math.min(...values), Math.max(...values)];

/**
 * One case's runs as one result: the median of each figure, the range of first render and of frames over budget,
 * and every problem any run saw. A run that failed makes the case failed: a median must not hide a failure.
 * @example combineRuns([{ renderMs: 900, … }, { renderMs: 1100, … }, { renderMs: 1000, … }]).renderMs // 1000
 */
export function combineRuns(results) {
  const problems = [...new Set(results.flatMap((r) => r.problems ?? []))];
  const failed = results.find((r) => r.error);
  if (failed) return { ...failed, problems, runs: results.length };
  const of = (pick) => results.map(pick);
  return {
    renderMs: median(of((r) => r.renderMs)),
    renderRange: range(of((r) => r.renderMs)),
    harnessRenderMs: results.every((r) => r.harnessRenderMs !== undefined) ? median(of((r) => r.harnessRenderMs)) : undefined,
    heap: median(of((r) => r.heap)),
    frames: {
      median: median(of((r) => r.frames.median)),
      p95: median(of((r) => r.frames.p95)),
      over: median(of((r) => r.frames.over)),
      count: results[0].frames.count,
    },
    overRange: range(of((r) => r.frames.over)),
    longTaskMs: median(of((r) => r.longTaskMs)),
    problems,
    runs: results.length,
  };
}

/** "(1.36–1.58)" beside a median, when there was more than one run and they differed. */
const spread = ([low, high], show) => (low === high ? '' : ` (${show(low)}–${show(high)})`);

/** A row's cell for one case: "—" where the step never ran, the reason where it failed. */
function cell(result, show, capMs) {
  if (!result) return 'not run';
  if (result.timedOut && result.renderMs === undefined) return `> ${capMs / 1000} s`;
  if (result.error && result.renderMs === undefined) return 'failed';
  const shown = show(result) || '—';
  // The figures of the run that failed, not a median: say so.
  return result.error && result.runs > 1 ? `${shown}, a run failed` : shown;
}

function rows(name, results, sizes, capMs, withTargets) {
  const target = (size, key) => (withTargets ? TARGETS[size]?.[key] : undefined);
  const metric = (label, show) =>
    `  ${label.padEnd(LABEL - 2)}${sizes.map((size) => cell(results.get(size), (r) => show(r, size), capMs).padEnd(CELL)).join('')}`;
  return [
    name,
    metric(
      'first render',
      (r, size) =>
        seconds(r.renderMs) +
        (r.renderRange ? spread(r.renderRange, (ms) => (ms / 1000).toFixed(2)) : '') +
        check(r.renderMs / 1000, target(size, 'renderMs') && target(size, 'renderMs') / 1000, ' s'),
    ),
    metric('  in a Playwright page', (r) => r.harnessRenderMs !== undefined && seconds(r.harnessRenderMs)),
    metric('zoom/pan frame median', (r) => r.frames && `${r.frames.median.toFixed(1)} ms`),
    metric('zoom/pan frame p95', (r, size) => r.frames && `${r.frames.p95.toFixed(1)} ms${check(r.frames.p95, target(size, 'p95'), ' ms')}`),
    metric(
      `frames over ${FRAME_BUDGET_MS} ms (of 60)`,
      (r, size) => r.frames && `${r.frames.over}${r.overRange ? spread(r.overRange, String) : ''}${check(r.frames.over, target(size, 'over'), '')}`,
    ),
    metric('long tasks during zoom/pan', (r) => r.frames && `${Math.round(r.longTaskMs)} ms`),
    metric('JS heap after render', (r, size) => r.heap !== undefined && `${(r.heap / MB).toFixed(1)} MB${check(r.heap / MB, target(size, 'heapMB'), ' MB')}`),
  ];
}

function ratioRows(ours, peer, sizes, capMs) {
  const row = (label, show) =>
    `  ${label.padEnd(LABEL - 2)}${sizes
      .map((size) => {
        const a = ours.get(size);
        const b = peer.get(size);
        return (a && b && a.renderMs !== undefined ? (show(a, b) ?? 'n/a') : 'n/a').padEnd(CELL);
      })
      .join('')}`;
  return [
    'ours ÷ vis-timeline (lower is better)',
    row('first render', (a, b) => (b.renderMs !== undefined ? times(a.renderMs / b.renderMs) : b.timedOut ? `< ${times(a.renderMs / capMs)}` : undefined)),
    row(
      'frames over budget',
      (a, b) =>
        a.frames && b.frames && (b.frames.over ? `${times(a.frames.over / b.frames.over)} (${a.frames.over} vs ${b.frames.over})` : `${a.frames.over} vs 0`),
    ),
  ];
}

/** The whole table as text; `peer` is null when the peer was skipped. */
export function formatBenchTable({ sizes, ours, peer, peerName, capMs, ourJs, peerJs, browserVersion, runs = 1 }) {
  const header = `${''.padEnd(LABEL)}${sizes.map((s) => `${s.toLocaleString('en')} milestones`.padEnd(CELL)).join('')}`;
  const lines = [
    `Headless Chromium ${browserVersion}, 1440×900; first render is navigation start → every milestone drawn and the page idle,`,
    'timed in a Chromium driven over a bare DevTools pipe. A Playwright page asks for network events, for which Chromium keeps',
    "and decodes a copy of every response on the page's main thread (turned on in the pipe browser, they added about 0.2 s",
    'at 20,000 milestones); no visitor pays that. The row below is the same render in the Playwright page, loaded after it.',
    ...(runs > 1 ? [`Each figure is the median of ${runs} runs, each in a fresh page; the range of the runs is in parentheses.`] : []),
    '',
    header,
  ];
  lines.push(...rows('AGI Roadmap Explorer', ours, sizes, capMs, true));
  if (peer) {
    lines.push(...rows(peerName, peer, sizes, capMs, false));
    lines.push(...ratioRows(ours, peer, sizes, capMs));
  }
  lines.push('', `JS gzipped: ours ${(ourJs / 1000).toFixed(1)} kB initial${peer ? `, ${peerName} ${(peerJs / 1000).toFixed(1)} kB` : ''}`);
  return lines.join('\n');
}
