// One benchmark case. The first render is timed in the pipe-driven browser (see pipeBrowser.mjs); then a fresh
// Playwright context opens the page again, waits for its render, takes the heap, and plays the scripted zoom and
// pan. Each step is capped, so a peer that needs minutes is reported, not waited for.
/* global window */
import { frameStats, heapUsed, recordProblems, renderProbe, scriptedZoomPan, VIEWPORT, withTimeout } from './measurePage.mjs';
import { timeFirstRender } from './pipeBrowser.mjs';
import { timeSearch } from './searchTiming.mjs';

/** Polls from outside: waitForFunction would evaluate the expression with eval, which the app's CSP refuses. */
async function viewMoved(page, view, before) {
  for (const end = Date.now() + 5_000; Date.now() < end; await new Promise((done) => setTimeout(done, 100))) {
    if ((await page.evaluate(view)) !== before) return true;
  }
  return false;
}

/**
 * `probe` (selectors for rendered and failed) is installed when the page does not mark its own render; `view` is
 * an expression, evaluated in the page, that describes the visible window, to prove the gestures reached it.
 * Returns { renderMs, harnessRenderMs, heap, frames, longTaskMs, problems } with `error` (and `timedOut`) for a step
 * that failed; `harnessRenderMs` is the same render as the Playwright page saw it.
 */
export async function measureCase(browser, pipe, options) {
  const { url, probe, capMs } = options;
  let renderMs;
  let failure;
  try {
    const initScript = probe ? `(${renderProbe})(${JSON.stringify(probe)});` : '';
    renderMs = await withTimeout(timeFirstRender(pipe, { url, initScript, capMs }), capMs + 10_000, 'The first render');
  } catch (error) {
    // Over the cap: the Playwright page would only take as long again.
    if (error.timedOut) return { problems: [], error: error.message, timedOut: true };
    // Any other failure: the Playwright page still runs, for the console errors and failed requests that explain it.
    failure = error.message;
  }
  const rest = await measureInPlaywright(browser, options);
  return { ...rest, renderMs, harnessRenderMs: rest.renderMs, ...(failure ? { error: failure } : {}) };
}

async function measureInPlaywright(browser, { url, probe, target, drag, view, capMs, search }) {
  // Service workers are blocked: the run measures drawing and interaction, not the offline cache filling up.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  const result = { problems: recordProblems(page) };
  try {
    if (probe) await page.addInitScript(renderProbe, probe);
    await page.goto(url, { waitUntil: 'commit' });
    const done = page.waitForFunction(() => window.__benchRendered ?? window.__benchFailed, null, { timeout: 0, polling: 50 });
    await withTimeout(done, capMs, 'The first render');
    const { rendered, failed } = await page.evaluate(() => ({ rendered: window.__benchRendered, failed: window.__benchFailed }));
    if (failed !== undefined) throw new Error(`The page shows an error: ${failed}`);
    result.renderMs = rendered;
    result.heap = await heapUsed(page);
    const before = await page.evaluate(view);
    const { frames, longTaskMs } = await withTimeout(page.evaluate(scriptedZoomPan, { target, drag }), capMs, 'The zoom and pan');
    result.frames = frameStats(frames);
    if (process.env.BENCH_FRAMES) console.log(`  frames: ${frames.map((f) => f.toFixed(0)).join(' ')}`);
    result.longTaskMs = longTaskMs;
    if (!(await viewMoved(page, view, before))) throw new Error('The scripted zoom and pan did not move the view');
    // Last, so building the index cannot disturb the frames measured above.
    if (search) result.search = await withTimeout(page.evaluate(timeSearch, search), capMs, 'The search');
  } catch (error) {
    result.error = error.message;
    result.timedOut = Boolean(error.timedOut);
  } finally {
    await withTimeout(context.close(), 10_000, 'Closing the page').catch(() => undefined);
  }
  return result;
}
