import { describe, expect, it } from 'vitest';
import { formatSearchTiming } from './searchTiming.mjs';

describe('formatSearchTiming', () => {
  it('prints the median and worst answer, and how many keystrokes showed theirs in the next frame', () => {
    const key = (query: string, answerMs: number, frames: number) => ({ query, answerMs, frames, longestFrameMs: answerMs / frames });
    const line = formatSearchTiming({ buildMs: 900, buildLongestFrameMs: 24, keystrokes: [key('a', 16.5, 1), key('ab', 33.4, 2), key('abc', 17, 1)] });
    expect(line).toBe(
      'index built in 900 ms on first use (longest frame meanwhile 24 ms); 3 keystrokes, input to the frame showing the answer: ' +
        'median 17.0 ms, worst 33.4 ms; 2 of 3 answered in the next frame; longest frame while typing: median 16.7 ms, worst 17.0 ms',
    );
  });
});
