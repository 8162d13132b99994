// Times first renders in a Chromium driven by nothing but a bare DevTools pipe. A Playwright page keeps a copy of
// every response body for its network events: Chromium decodes that copy as text on the page's main thread, in the
// middle of the load being timed (about 90 ms for the 5.5 MB dataset of 20,000 milestones), and Playwright's
// polling injects its own script there too. No visitor's browser does either, so the render is timed here instead.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIEWPORT } from './measurePage.mjs';

// What Playwright adds for a headless page that affects timing or layout, so both browsers draw the same page.
const HEADLESS_FLAGS = [
  '--headless',
  '--hide-scrollbars',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** Starts Chromium with a DevTools pipe; `send(method, params, sessionId)` resolves with the result. */
export function launchPipeBrowser(executablePath, flags) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-pipe-'));
  const child = spawn(executablePath, [...flags, ...HEADLESS_FLAGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [, , , toBrowser, fromBrowser] = child.stdio;
  const waiting = new Map();
  let nextId = 0;
  let pending = '';
  let gone = null;
  // A browser that fails to start, or is killed, must fail the requests, never crash or hang the run.
  const fail = (error) => {
    gone ??= error;
    for (const reply of waiting.values()) reply.fail(Object.assign(new Error(`${gone.message} (during ${reply.method})`), { browserGone: true }));
    waiting.clear();
  };
  child.on('error', (error) => fail(new Error(`Chromium could not start: ${error.message}`)));
  toBrowser.on('error', () => fail(new Error('The DevTools pipe closed')));
  fromBrowser.on('error', () => fail(new Error('The DevTools pipe closed')));
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (text) => {
    pending += text;
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const message = JSON.parse(pending.slice(0, end));
      pending = pending.slice(end + 1);
      const reply = waiting.get(message.id);
      if (!reply) continue;
      waiting.delete(message.id);
      if (message.error) reply.fail(new Error(`${reply.method}: ${message.error.message}`));
      else reply.done(message.result);
    }
  });
  // 'close' once the process and its pipes are done; a process that never started only reports 'error'.
  const exited = new Promise((done) => {
    child.once('close', done);
    child.once('error', done);
  });
  void exited.then(() => fail(new Error('Chromium exited')));
  const send = (method, params = {}, sessionId) =>
    new Promise((done, reject) => {
      if (gone) return reject(Object.assign(new Error(`${gone.message} (before ${method})`), { browserGone: true }));
      const id = ++nextId;
      waiting.set(id, { method, done, fail: reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const close = async () => {
    // Asked to close, Chromium ends its helper processes too; a killed one can leave them writing to the profile.
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await Promise.race([send('Browser.close').catch(() => child.kill()), exited]);
    await exited;
    clearTimeout(timer);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return { send, close };
}

/**
 * Opens `url` in a fresh browser context with `initScript` installed and waits until the page sets
 * window.__benchRendered (the time, from navigation start, of its first full render) or window.__benchFailed.
 * Service workers are kept from registering, as in the Playwright pages. Returns the render time in ms.
 */
export async function timeFirstRender({ send }, { url, initScript, capMs }) {
  const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
  try {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor: 1, mobile: false }, sessionId);
    await send('Page.enable', {}, sessionId);
    const noWorker = 'if (navigator.serviceWorker) navigator.serviceWorker.register = () => new Promise(() => {});';
    await send('Page.addScriptToEvaluateOnNewDocument', { source: `${noWorker}\n${initScript ?? ''}` }, sessionId);
    await send('Page.navigate', { url }, sessionId);
    // Polled from inside the page, once every 50 ms, once the page has started loading.
    const wait = `new Promise((done) => {
      const deadline = performance.now() + ${capMs};
      const poll = () => window.__benchRendered !== undefined || window.__benchFailed !== undefined || performance.now() > deadline
        ? done({ rendered: window.__benchRendered, failed: window.__benchFailed })
        : setTimeout(poll, 50);
      poll();
    })`;
    for (const end = Date.now() + capMs; ;) {
      // The evaluation can land on about:blank and be cut off by the navigation: then it asks the new document.
      const answer = await send('Runtime.evaluate', { expression: wait, awaitPromise: true, returnByValue: true }, sessionId).catch((error) => {
        if (error.browserGone) throw error;
        return null;
      });
      const { rendered, failed } = answer?.result?.value ?? {};
      if (failed !== undefined) throw new Error(`The page shows an error: ${failed}`);
      if (rendered !== undefined && rendered <= capMs) return rendered;
      // A page busy in one long task answers only when the task ends, which can be well after the cap.
      if (rendered !== undefined || Date.now() > end) throw Object.assign(new Error(`The first render took over ${capMs / 1000} s`), { timedOut: true });
      await new Promise((done) => setTimeout(done, 50));
    }
  } finally {
    await send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
  }
}
