// Types for what the TypeScript tests use of searchTiming.mjs, which Node runs as plain JavaScript.
export interface KeystrokeTiming {
  query: string;
  answerMs: number;
  /** Which frame after the input showed the answer: 1 is the next one. */
  frames: number;
  longestFrameMs: number;
}
export interface SearchTiming {
  buildMs: number;
  buildLongestFrameMs: number;
  keystrokes: KeystrokeTiming[];
}
export function timeSearch(options: { typed: string }): Promise<SearchTiming>;
export function formatSearchTiming(timing: SearchTiming): string;
