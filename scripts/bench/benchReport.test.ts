import { describe, expect, it } from 'vitest';
import { combineRuns, formatBenchTable, type CaseResult } from './benchReport.mjs';

const run = (renderMs: number, over: number, p95 = 16.7): CaseResult => ({
  renderMs,
  harnessRenderMs: renderMs + 150,
  heap: 10 * 1024 * 1024,
  frames: { median: 16.7, p95, over, count: 60 },
  longTaskMs: 0,
  problems: [],
});

describe('combineRuns', () => {
  it('takes the median of each figure and keeps the range of first render and frames over budget', () => {
    const combined = combineRuns([run(1100, 5, 33.3), run(900, 2), run(1000, 3)]);
    expect(combined.renderMs).toBe(1000);
    expect(combined.renderRange).toEqual([900, 1100]);
    expect(combined.frames).toEqual({ median: 16.7, p95: 16.7, over: 3, count: 60 });
    expect(combined.overRange).toEqual([2, 5]);
    expect(combined.runs).toBe(3);
  });

  it('averages the middle two of an even number of runs', () => {
    expect(combineRuns([run(1000, 2), run(1200, 5)]).renderMs).toBe(1100);
  });

  it('never hides a failed run behind a median, and keeps every problem', () => {
    const failed = { ...run(1000, 2), error: 'The page shows an error', problems: ['console: boom'] };
    const combined = combineRuns([run(900, 1), failed, { ...run(950, 1), problems: ['HTTP 404: x'] }]);
    expect(combined.error).toBe('The page shows an error');
    expect(combined.problems).toEqual(['console: boom', 'HTTP 404: x']);
  });
});

describe('formatBenchTable', () => {
  it('prints medians with their range and checks them against the targets', () => {
    const ours = new Map([
      [5000, combineRuns([run(800, 2), run(850, 4), run(900, 3)])],
      [20000, combineRuns([run(1300, 5), run(1400, 6), run(1500, 8)])],
    ]);
    const table = formatBenchTable({
      sizes: [5000, 20000],
      ours,
      peer: null,
      peerName: 'peer',
      capMs: 60_000,
      ourJs: 140_000,
      peerJs: 0,
      browserVersion: '1',
      runs: 3,
    });
    expect(table).toContain('median of 3 runs');
    expect(table).toMatch(/first render\s+0\.85 s \(0\.80–0\.90\)\s+1\.40 s \(1\.30–1\.50\) ✗ ≤ 1 s/);
    expect(table).toMatch(/frames over 16\.7 ms \(of 60\)\s+3 \(2–4\) ✓ ≤ 3\s+6 \(5–8\) ✓ ≤ 6/);
    // The same render in the Playwright page, on a row of its own and never checked against a target.
    expect(table).toMatch(/ {4}in a Playwright page\s+1\.00 s\s+1\.55 s\s*$/m);
  });

  /** Our figures alone at 5,000 milestones, with no peer. */
  const ownTable = (ours: ReturnType<typeof combineRuns>, runs: number) =>
    formatBenchTable({
      sizes: [5000],
      ours: new Map([[5000, ours]]),
      peer: null,
      peerName: 'peer',
      capMs: 60_000,
      ourJs: 1,
      peerJs: 0,
      browserVersion: '1',
      runs,
    });

  it('leaves the Playwright row empty when a run has no figure for it', () => {
    const combined = combineRuns([run(800, 2), { ...run(900, 3), harnessRenderMs: undefined }]);
    expect(combined.harnessRenderMs).toBeUndefined();
    const table = ownTable(combined, 2);
    expect(table).toMatch(/in a Playwright page\s+—/);
  });

  it('marks the figures of a failed run, which are not a median', () => {
    const failed = combineRuns([run(800, 2), { ...run(900, 3), error: 'The scripted zoom and pan did not move the view' }, run(850, 4)]);
    const table = ownTable(failed, 3);
    expect(table).toMatch(/first render\s+0\.90 s, a run failed/);
  });
});
