// The search's timings, measured inside the page: how long the index takes to build on first use (and the longest
// frame meanwhile), then, for each keystroke of a typed query with a typo, the time from the input event to the
// frame that shows its results. Input events are dispatched as the browser would, so React handles them as typing.
/* global document, requestAnimationFrame, HTMLInputElement, InputEvent */

/** Runs in the page. Returns { buildMs, buildLongestFrameMs, keystrokes: [{ query, handlerMs, frameMs, found }] }. */
export async function timeSearch({ typed }) {
  const input = document.querySelector('input[role="combobox"]');
  if (!input) throw new Error('No search field');
  const status = () => document.getElementById(input.getAttribute('aria-describedby'))?.textContent ?? '';
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const type = (value) => {
    setValue.call(input, value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.slice(-1), inputType: 'insertText' }));
  };
  const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));

  input.focus();
  const started = performance.now();
  let last = started;
  let longest = 0;
  type(typed.slice(0, 1));
  while (status() === '' || status().startsWith('Preparing')) {
    const now = await frame();
    longest = Math.max(longest, now - last);
    last = now;
    if (now - started > 60_000) throw new Error('The search index did not build within 60 s');
  }
  const buildMs = performance.now() - started;

  const keystrokes = [];
  for (let i = 2; i <= typed.length; i++) {
    await frame();
    const query = typed.slice(0, i);
    const t0 = performance.now();
    type(query);
    await Promise.resolve();
    const handlerMs = performance.now() - t0;
    const frameMs = (await frame()) - t0;
    keystrokes.push({ query, handlerMs, frameMs, found: status() });
  }
  input.dispatchEvent(new Event('blur'));
  return { buildMs, buildLongestFrameMs: longest, keystrokes };
}

/** "index 812 ms (longest frame 96 ms); keystroke to frame: median 9.1 ms, worst 14.2 ms (handler median 3.0 ms)" */
export function formatSearchTiming(t) {
  const sorted = (pick) => t.keystrokes.map(pick).sort((a, b) => a - b);
  const median = (xs) => xs[Math.floor(xs.length / 2)];
  const frames = sorted((k) => k.frameMs);
  const handlers = sorted((k) => k.handlerMs);
  return (
    `index built in ${t.buildMs.toFixed(0)} ms on first use (longest frame meanwhile ${t.buildLongestFrameMs.toFixed(0)} ms); ` +
    `${t.keystrokes.length} keystrokes, input to next frame: median ${median(frames).toFixed(1)} ms, worst ${frames.at(-1).toFixed(1)} ms ` +
    `(search and render: median ${median(handlers).toFixed(1)} ms, worst ${handlers.at(-1).toFixed(1)} ms)`
  );
}
