// What the benchmark measures inside a page, the same way for the app and for the peer library.
// The functions passed to the page run there, serialised, so they use only browser globals.
/* global document, window, requestAnimationFrame, requestIdleCallback, MutationObserver, WheelEvent, MouseEvent, PointerEvent */

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
export const VIEWPORT = { width: 1440, height: 900 };
export const FRAME_BUDGET_MS = 16.7;
// Frame timestamps are coarsened to 0.1 ms and wobble a few tenths around the 16.67 ms refresh even on an idle
// page; a frame that really missed its budget waits for the next refresh and shows up as about 33 ms.
const TIMER_JITTER_MS = 1;

/**
 * Installed before the app's own scripts: once `selector` matches (it is checked whenever `attribute` changes or
 * nodes are added), waits for the page to settle (two frames and an idle callback) and records that moment as
 * `window.__benchRendered`; an element matching `failSelector` (an error panel) records `__benchFailed` instead.
 */
export function renderProbe({ selector, attribute, failSelector }) {
  const settle = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done(performance.now())))));
  const check = () => {
    if (failSelector && document.querySelector(failSelector)) {
      observer.disconnect();
      window.__benchFailed = document.querySelector(failSelector).innerText.replace(/\s*\n\s*/g, ' · ');
    } else if (document.querySelector(selector)) {
      observer.disconnect();
      void settle().then((t) => (window.__benchRendered = t));
    }
  };
  const observer = new MutationObserver(check);
  // Only the one attribute: recording every attribute React sets would slow down the render being measured.
  observer.observe(document, { subtree: true, childList: true, attributeFilter: [attribute] });
}

/**
 * One action per animation frame: 30 wheel steps zooming in at the middle of `target`, then a 30-frame drag pan.
 * Returns the frame times (gaps between consecutive frames, 60 of them) and the long tasks seen meanwhile.
 * `drag` is the event family the widget listens to: 'mouse' (d3-zoom) or 'pointer' (Hammer.js).
 */
export async function scriptedZoomPan({ target, drag }) {
  const el = document.querySelector(target);
  if (!el) throw new Error(`No ${target} to zoom`);
  // Someone zooming has the chart in front of them: a chart below the fold would not even be painted.
  el.scrollIntoView({ block: 'center', inline: 'center' });
  // They scrolled there a moment ago: the scroll's own repaint is not part of the zoom being measured.
  await new Promise((done) => setTimeout(done, 500));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = document.elementFromPoint(x, y);
  const at = hit && el.contains(hit) ? hit : el;
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const press = (type, target, clientX) => {
    const init = { clientX, clientY: y, button: 0, buttons: type.endsWith('up') ? 0 : 1, bubbles: true, cancelable: true, view: window };
    target.dispatchEvent(
      drag === 'pointer' ? new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }) : new MouseEvent(type, init),
    );
  };
  const prefix = drag === 'pointer' ? 'pointer' : 'mouse';
  const stamps = [];
  await new Promise((done) => {
    const frame = (time) => {
      const i = stamps.push(time) - 1;
      // wheelDeltaY is the legacy field a real wheel-up event carries too; some libraries read it before deltaY.
      // Ctrl held, as a plain wheel scrolls the page past the timeline.
      if (i < 30)
        at.dispatchEvent(
          new WheelEvent('wheel', { deltaY: -100, wheelDeltaY: 120, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }),
        );
      else if (i < 60) {
        if (i === 30) press(`${prefix}down`, at, x);
        press(`${prefix}move`, window, x - (i - 29) * 12);
        if (i === 59) press(`${prefix}up`, window, x - 360);
      }
      if (i < 60) requestAnimationFrame(frame);
      else done();
    };
    requestAnimationFrame(frame);
  });
  // A long task started by the last action ends before this timer runs.
  await new Promise((done) => setTimeout(done, 50));
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  return { frames: stamps.slice(1).map((t, i) => t - stamps[i]), longTaskMs: longTasks.reduce((sum, e) => sum + e.duration, 0) };
}

/** Median, 95th percentile (nearest rank) and frames over budget of a list of frame times. */
export function frameStats(frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: rank(0.5), p95: rank(0.95), over: frames.filter((f) => f > FRAME_BUDGET_MS + TIMER_JITTER_MS).length, count: frames.length };
}

/** Live JS heap after a full garbage collection, in bytes. */
export async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Console errors, page errors and failed or 4xx/5xx requests, as they happen. */
export function recordProblems(page) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // A fetch cancelled by its own query (React's strict double mount) is not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  return problems;
}

/** Resolves with `work`, or rejects after `ms` so a stuck page cannot hold up the run. */
export function withTimeout(work, ms, what) {
  let timer;
  const timeout = new Promise(
    (_, fail) => (timer = setTimeout(() => fail(Object.assign(new Error(`${what} took over ${ms / 1000} s`), { timedOut: true })), ms)),
  );
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
