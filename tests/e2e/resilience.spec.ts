import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { details, launchBrowser, mark, openApp, waitForTitle } from './browser';
import { serveStatic, type Handler } from '../../scripts/serveStatic.mjs';
import { syntheticRoadmap } from '../../scripts/bench/syntheticRoadmap';

const BIG = 200_000;
const example = readFileSync('data/examples/ai-history.json');
const exampleTitle = JSON.parse(example.toString()).meta.title as string;
// E2E_SCREENSHOTS=<folder> keeps a picture of each fallback, to look at.
const shots = process.env.E2E_SCREENSHOTS;

/** Sends a file as a static host would, with its length. */
const sendFile =
  (path: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': statSync(path).size });
    createReadStream(path).pipe(res);
  };

/** Sends `body` in `chunks` pieces, one every `everyMs`; after `stallAfter` pieces it sends nothing more but keeps the line open. */
const drip =
  (body: Buffer, { chunks, everyMs, stallAfter = chunks }: { chunks: number; everyMs: number; stallAfter?: number }): Handler =>
  (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cache-control': 'no-store' });
    res.flushHeaders();
    const size = Math.ceil(body.length / chunks);
    let sent = 0;
    const timer = setInterval(() => {
      if (sent === stallAfter) return clearInterval(timer);
      res.write(body.subarray(sent * size, (sent + 1) * size));
      if (++sent * size >= body.length) {
        clearInterval(timer);
        res.end();
      }
    }, everyMs);
    req.on('close', () => clearInterval(timer));
  };

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const PREFIX = '/sub/path/';
let url: string;
let dir: string;
let bigFile: string;
let bigTitle: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'roadmap-resilience-'));
  const big = syntheticRoadmap(BIG);
  // One level cites every source, so its details hold a list of 20,000.
  big.levels[0]!.sources = big.sources.map((s) => s.id);
  bigTitle = big.meta.title;
  bigFile = join(dir, 'big.json');
  writeFileSync(bigFile, JSON.stringify(big));
  const small = join(dir, 'small.json');
  writeFileSync(small, JSON.stringify(syntheticRoadmap(5_000)));
  server = await serveStatic(
    { [PREFIX]: inject('distDir') },
    {
      [`${PREFIX}test-data/big.json`]: sendFile(bigFile),
      // 45 pieces a second apart: 45 seconds in all, never 30 without a byte.
      [`${PREFIX}test-data/trickle.json`]: drip(example, { chunks: 45, everyMs: 1_000 }),
      [`${PREFIX}test-data/stall.json`]: drip(example, { chunks: 45, everyMs: 1_000, stallAfter: 5 }),
    },
  );
  url = `${server.origin}${PREFIX}`;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const h1Reads = (page: Page, title: string, timeout = 30_000) =>
  page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title, { timeout });
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** Waits for the large dataset's chart, with every milestone in it, and says how long it took. */
async function bigDrawn(page: Page, started: number, how: string) {
  await h1Reads(page, bigTitle, 60_000);
  console.log(`${BIG} milestones ${how}: drawn after ${seconds(started)} s`);
  expect(await page.locator('.timeline__stage').getAttribute('data-milestones-drawn')).toBe(String(BIG));
}

/** Reset brings back the built-in roadmap, which answers a click. */
async function resetWorks(page: Page, id: string, title: string) {
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await h1Reads(page, 'AGI Roadmap Explorer');
  await mark(page, id).click();
  await waitForTitle(page, title);
}

/**
 * Makes the page's own code throw, as a bug would, while `window.__fail` names the place: in the details, or in
 * the timeline's layout for a lane of at least `minLane` milestones.
 */
const failOn =
  (place: 'details' | 'timeline', minLane = 0) =>
  (context: BrowserContext) =>
    context.addInitScript(
      ([place, minLane]) => {
        const failing = () => (window as unknown as { __fail?: string }).__fail === place;
        // Only the details sort milestones by date with localeCompare; only the timeline's tracks sort typed arrays.
        const compare = String.prototype.localeCompare;
        String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof compare>) {
          if (place === 'details' && failing()) throw new Error('Injected failure in the details');
          return compare.apply(this, args);
        };
        const sort = Float64Array.prototype.sort;
        Float64Array.prototype.sort = function (this: Float64Array, ...args: Parameters<typeof sort>) {
          if (place === 'timeline' && failing() && this.length >= Number(minLane)) throw new Error('Injected failure in the timeline');
          return sort.apply(this, args);
        };
      },
      [place, minLane] as const,
    );

const setFailing = (page: Page, place: string | null) => page.evaluate((p) => ((window as unknown as { __fail?: string | null }).__fail = p), place);
const screenshot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
};
const injected = (problems: string[]) => problems.filter((p) => p.includes('Injected failure'));

describe('datasets and failures that must not blank the page', () => {
  it(`loads ${BIG.toLocaleString('en')} milestones by ?data=, draws them, and resets to the built-in roadmap`, async () => {
    const started = performance.now();
    const { page, problems } = await openApp(browser, '?data=test-data/big.json', { baseURL: url });
    await bigDrawn(page, started, 'by ?data=');
    await mark(page, 'level-1').click();
    await details(page).getByRole('button', { name: 'Show 200 more sources (200 of 20,000 shown)' }).waitFor();
    await resetWorks(page, 'codex', 'Codex');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it(`opens ${BIG.toLocaleString('en')} milestones from a file over the built-in roadmap, which comes back on Reset`, async () => {
    const { page, problems } = await openApp(browser, '?node=codex', { baseURL: url });
    await waitForTitle(page, 'Codex');
    const started = performance.now();
    await page.getByLabel('Dataset file').setInputFiles(bigFile);
    await bigDrawn(page, started, 'from a file');
    await mark(page, 'atlas').click();
    await waitForTitle(page, 'Project Atlas');
    await resetWorks(page, 'sora', 'Sora');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows the details’ own fallback when they fail to draw, reports it once, and the rest of the app works on', async () => {
    const { page, problems } = await openApp(browser, '', { baseURL: url }, failOn('details'));
    await setFailing(page, 'details');
    await mark(page, 'codex').click();
    const fallback = details(page).getByRole('alert');
    await fallback.waitFor();
    expect(await fallback.textContent()).toContain('The details could not be shown because of an error. The rest of the page still works.');
    expect(await fallback.locator('pre').textContent()).toBe('Error: Injected failure in the details');
    await screenshot(page, 'details-fallback');
    expect(injected(problems)).toHaveLength(1);
    // The charts still answer, and the details come back once they can draw.
    await setFailing(page, null);
    await fallback.getByRole('button', { name: 'Try again' }).click();
    await waitForTitle(page, 'Codex');
    await mark(page, 'sora').click();
    await waitForTitle(page, 'Sora');
    expect(problems.filter((p) => !p.includes('Injected failure'))).toEqual([]);
    await page.context().close();
  });

  it('shows the explorer’s fallback when the timeline fails to draw, with Reload, Back to the built-in roadmap and the error', async () => {
    const { page, problems } = await openApp(browser, '?node=codex', { baseURL: url }, failOn('timeline'));
    await waitForTitle(page, 'Codex');
    await setFailing(page, 'timeline');
    await page.locator('.lane-filter__button').click();
    await page.locator('.lane-filter input[type=checkbox]').first().click();
    const crash = page.getByRole('alert');
    await crash.getByRole('heading', { name: 'The explorer stopped because of an error' }).waitFor();
    expect(await crash.locator('pre').textContent()).toContain('Error: Injected failure in the timeline');
    expect(await crash.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await screenshot(page, 'explorer-fallback');
    expect(injected(problems)).toHaveLength(1);
    await setFailing(page, null);
    await crash.getByRole('button', { name: 'Back to the built-in roadmap' }).click();
    await mark(page, 'sora').click();
    await waitForTitle(page, 'Sora');
    await page.getByRole('button', { name: 'Reload' }).waitFor({ state: 'detached' });
    expect(problems.filter((p) => !p.includes('Injected failure'))).toEqual([]);
    await page.context().close();
  });

  it('keeps the roadmap on screen when a newly opened one fails to draw, and says why over it', async () => {
    // Only lanes of 500 milestones or more fail: the new dataset has them, the built-in one does not.
    const { page, problems } = await openApp(browser, '?node=codex', { baseURL: url }, failOn('timeline', 500));
    await waitForTitle(page, 'Codex');
    await setFailing(page, 'timeline');
    await page.getByLabel('Dataset file').setInputFiles(join(dir, 'small.json'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/small\.json loaded, but drawing it failed: Error: Injected failure in the timeline.*still on screen and usable/);
    expect(await h1(page)).toBe('AGI Roadmap Explorer');
    await screenshot(page, 'kept-roadmap');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await mark(page, 'sora').click();
    await waitForTitle(page, 'Sora');
    expect(injected(problems)).toHaveLength(1);
    await page.context().close();
  });

  it('loads a download that trickles in over 45 seconds, and gives up on one that stalls, saying so', async () => {
    const [trickle, stall] = await Promise.all([openApp(browser, '', { baseURL: url }), openApp(browser, '', { baseURL: url })]);
    const started = performance.now();
    const trickled = (async () => {
      await trickle.page.goto(`${url}?data=test-data/trickle.json`);
      const progress = trickle.page.getByRole('progressbar', { name: 'Download progress' });
      await progress.waitFor();
      // Past the 30 seconds a total time-out would have allowed, it is still loading, and further along. The server
      // sends one of 45 chunks a second, so 36 chunks on the progress bar mean at least 35 seconds have gone by.
      const chunk = example.length / 45;
      await trickle.page.waitForFunction((bytes) => Number(document.querySelector('progress')?.getAttribute('value') ?? 0) >= bytes, chunk * 35.5, {
        timeout: 60_000,
        polling: 250,
      });
      expect(seconds(started)).toBeGreaterThan(30);
      const at35 = Number(await progress.getAttribute('value'));
      expect(at35).toBeGreaterThan(example.length / 2);
      expect(await trickle.page.getByRole('alert').count()).toBe(0);
      await h1Reads(trickle.page, exampleTitle);
      return seconds(started);
    })();
    const stalled = (async () => {
      await stall.page.goto(`${url}?data=test-data/stall.json`);
      const alert = stall.page.getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toContain('test-data/stall.json stopped sending: nothing arrived for 30 seconds');
      const after = seconds(started);
      // Over the built-in roadmap, which stays usable.
      await mark(stall.page, 'codex').click();
      await waitForTitle(stall.page, 'Codex');
      return after;
    })();
    const [loadedAfter, stalledAfter] = await Promise.all([trickled, stalled]);
    console.log(`trickle loaded after ${loadedAfter} s; stall given up after ${stalledAfter} s`);
    expect(loadedAfter).toBeGreaterThanOrEqual(44);
    // Five seconds of bytes, then thirty of silence.
    expect(stalledAfter).toBeGreaterThanOrEqual(34);
    expect(trickle.problems).toEqual([]);
    expect(stall.problems.filter((p) => !/test-data|Failed to load resource/.test(p))).toEqual([]);
    await trickle.page.context().close();
    await stall.page.context().close();
  }, 120_000);
});
