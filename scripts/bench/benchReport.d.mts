// Types for benchReport.mjs, which Node runs as plain JavaScript, so TypeScript tests can use it.
export interface FrameStats {
  median: number;
  p95: number;
  over: number;
  count: number;
}

/** One measured case, as measureCase returns it, or several runs of it combined. */
export interface CaseResult {
  renderMs?: number;
  renderRange?: [number, number];
  /** The same first render, as a Playwright page saw it. */
  harnessRenderMs?: number;
  heap?: number;
  frames?: FrameStats;
  overRange?: [number, number];
  longTaskMs?: number;
  problems: string[];
  error?: string;
  timedOut?: boolean;
  skipped?: boolean;
  runs?: number;
}

export const TARGETS: Record<number, { renderMs?: number; p95?: number; over?: number; heapMB?: number }>;
export function combineRuns(results: CaseResult[]): CaseResult;
export function formatBenchTable(options: {
  sizes: number[];
  ours: Map<number, CaseResult>;
  peer: Map<number, CaseResult> | null;
  peerName: string;
  capMs: number;
  ourJs: number;
  peerJs: number;
  browserVersion: string;
  runs?: number;
}): string;
