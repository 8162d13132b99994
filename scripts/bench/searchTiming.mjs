// The search's timings, measured inside the page: how long the index takes to build on first use (and the longest
// frame meanwhile), then, for each keystroke of a typed query with a typo, the time from the input event to the
// first frame that shows its answer, how many frames that was, and the longest frame while it was on its way. Input events are dispatched as
// the browser would, so React handles them as typing. The search root's data-answered names the query it shows.
/* global document, requestAnimationFrame, HTMLInputElement, InputEvent */

/** Runs in the page. Returns { buildMs, buildLongestFrameMs, keystrokes: [{ query, answerMs, frames, longestFrameMs }] }. */
export async function timeSearch({ typed }) {
  const input = document.querySelector('input[role="combobox"]');
  const root = input?.closest('[data-answered]');
  if (!input || !root) throw new Error('No search field');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = (value) => {
    setValue.call(input, value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.slice(-1), inputType: 'insertText' }));
  };
  const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
  /**
   * Frames until the list answers `query`: the time to the first frame that shows it, which frame that is (1: the
   * next one), and the longest frame meanwhile.
   */
  const until = async (query, t0) => {
    let last = t0;
    let longest = 0;
    for (let frames = 1; ; frames++) {
      const now = await frame();
      longest = Math.max(longest, now - last);
      last = now;
      if (root.getAttribute('data-answered') === query) return { answerMs: now - t0, frames, longestFrameMs: longest };
      if (now - t0 > 60_000) throw new Error(`The search did not answer “${query}” within 60 s`);
    }
  };

  input.focus();
  const started = performance.now();
  type(typed.slice(0, 1));
  const build = await until(typed.slice(0, 1).trim(), started);

  const keystrokes = [];
  for (let i = 2; i <= typed.length; i++) {
    await frame();
    const query = typed.slice(0, i);
    const t0 = performance.now();
    type(query);
    keystrokes.push({ query, ...(await until(query.trim(), t0)) });
  }
  return { buildMs: build.answerMs, buildLongestFrameMs: build.longestFrameMs, keystrokes };
}

/**
 * One line: the build, then the keystrokes' answer times, how many showed their answer in the very next frame, and
 * the longest frames, median and worst.
 */
export function formatSearchTiming(t) {
  const sorted = (pick) => t.keystrokes.map(pick).sort((a, b) => a - b);
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  const answers = sorted((k) => k.answerMs);
  const frames = sorted((k) => k.longestFrameMs);
  const next = t.keystrokes.filter((k) => k.frames === 1).length;
  return (
    `index built in ${t.buildMs.toFixed(0)} ms on first use (longest frame meanwhile ${t.buildLongestFrameMs.toFixed(0)} ms); ` +
    `${t.keystrokes.length} keystrokes, input to the frame showing the answer: median ${median(answers).toFixed(1)} ms, ` +
    `worst ${answers.at(-1).toFixed(1)} ms; ${next} of ${t.keystrokes.length} answered in the next frame; ` +
    `longest frame while typing: median ${median(frames).toFixed(1)} ms, worst ${frames.at(-1).toFixed(1)} ms`
  );
}
