import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { details, launchBrowser, mark, openApp, waitForTitle } from './browser';

const builtIn = JSON.parse(readFileSync('data/roadmap.json', 'utf8'));

/** The built-in dataset with its milestones replaced by `n` dated ones spread over 2015–2030 (fixed seed). */
function denseDataset(n: number): string {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const initiatives = builtIn.initiatives.map((i: { id: string }) => i.id);
  const base = builtIn.milestones[0];
  // Each reaches the levels of the first shipped milestone that reaches any, so bins carry a level colour.
  const { levels } = builtIn.milestones.find((m: { levels: unknown[] }) => m.levels.length > 0);
  const from = Date.UTC(2015, 0, 1);
  const to = Date.UTC(2030, 11, 31);
  const milestones = Array.from({ length: n }, (_, i) => {
    const iso = new Date(from + random() * (to - from)).toISOString();
    const p = random();
    return {
      ...base,
      levels,
      id: `dense-${i}`,
      title: `Dense milestone ${i}`,
      date: p < 0.7 ? iso.slice(0, 10) : p < 0.95 ? iso.slice(0, 7) : iso.slice(0, 4),
      initiative: initiatives[i % initiatives.length],
    };
  });
  // The shipped tour names shipped milestones, so it goes, and its translations with it.
  return JSON.stringify({ ...builtIn, milestones, tour: undefined, translations: undefined });
}

let browser: Browser;
const dense = denseDataset(5000);
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openDense(query = '') {
  const app = await openApp(browser);
  await app.page.context().route('**/test-data/dense.json', (route) => route.fulfill({ contentType: 'application/json', body: dense }));
  await app.page.goto(`${inject('baseUrl')}?data=test-data/dense.json${query}`);
  await app.page.locator('[data-milestones-drawn="5000"]').waitFor();
  await app.page.locator('.timeline__svg').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  return app;
}

const binCounts = (page: Page) =>
  page.locator('.timeline__svg .milestone-bin').evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-label')?.split(' ')[0])));

/** The canvas pixel under an element, at its centre unless `down` (0 to 1) says how far from its top, as [r, g, b, a]. */
const canvasPixelUnder = (page: Page, selector: string, down = 0.5) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, down) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.timeline__canvas')!;
      const box = el.getBoundingClientRect();
      const c = canvas.getBoundingClientRect();
      const scale = canvas.width / c.width;
      const x = Math.round((box.left + box.width / 2 - c.left) * scale);
      const y = Math.round((box.top + box.height * down - c.top) * scale);
      return Array.from(canvas.getContext('2d')!.getImageData(x, y, 1, 1).data);
    }, down);

describe('the timeline at thousands of milestones', () => {
  it('groups dense stretches into counted blocks that add up to every milestone, painted on the canvas', async () => {
    const { page, problems } = await openDense();
    const counts = await binCounts(page);
    const single = await page.locator('.timeline__svg [data-node-id]').count();
    expect(counts.length).toBeGreaterThan(20);
    expect(single).toBeLessThan(300);
    expect(counts.reduce((a, b) => a + b, 0) + single).toBe(5000);
    // Every dense milestone reaches a level, so each bin is a bar in that level's colour, not grey.
    // (Above its count, which is written across the middle.)
    const [r, g, b, a] = await canvasPixelUnder(page, '.milestone-bin', 0.2);
    expect(a).toBeGreaterThan(0);
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeGreaterThan(80);
    expect(await page.locator('.milestone-bin').first().getAttribute('aria-label')).toMatch(/: \d+ at Level \d \w+\. Activate to zoom in\.$/);
    expect(await page.locator('.timeline__hint').textContent()).toContain('grouped');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a block with a click, down to single marks that select like any other', async () => {
    const { page, problems } = await openDense();
    const lane = page.locator('.timeline__svg .milestone-bin[data-focus-id^="bin:codex:"]');
    for (let i = 0; i < 8 && (await lane.count()) > 0; i++) {
      const before = await page.locator('.timeline__svg').getAttribute('aria-label');
      await lane.nth(Math.floor((await lane.count()) / 2)).click();
      await page.waitForFunction((b) => document.querySelector('.timeline__svg')?.getAttribute('aria-label') !== b, before);
    }
    expect(await lane.count()).toBe(0);
    const first = page.locator('.timeline__svg .milestone-proxy--day[data-node-id^="dense-"]').nth(2);
    const id = await first.getAttribute('data-node-id');
    // A single mark is painted on the canvas, right under its proxy.
    expect((await canvasPixelUnder(page, `.timeline__svg [data-node-id="${id}"]`))[3]).toBe(255);
    await first.click();
    await waitForTitle(page, `Dense milestone ${id?.split('-')[1]}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reaches blocks by keyboard: Tab lands on one, arrows move, Enter zooms in', async () => {
    const { page } = await openDense();
    await page.locator('.timeline__svg [tabindex="0"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-focus-id') ?? document.activeElement?.getAttribute('data-node-id'));
    const seen = [await focused()];
    for (let i = 0; i < 12 && !seen.at(-1)?.startsWith('bin:'); i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focused());
    }
    expect(seen.at(-1)).toMatch(/^bin:/);
    expect(new Set(seen).size).toBe(seen.length);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Reset zoom' }).and(page.locator(':enabled')).waitFor();
    // The block split under the keyboard user: focus stays in the timeline, on what replaced it.
    await page.waitForFunction(() => document.activeElement?.closest('.timeline__svg') !== null);
    await page.keyboard.press('-');
    await page.waitForFunction(() => document.activeElement?.closest('.timeline__svg') !== null);
    await page.context().close();
  });

  it('draws a deep-linked milestone on its own even inside a block', async () => {
    const { page, problems } = await openDense('&node=dense-1234');
    await waitForTitle(page, 'Dense milestone 1234');
    expect(await page.locator('.timeline__svg [data-node-id="dense-1234"]').count()).toBe(1);
    expect(await mark(page, 'dense-1234').getAttribute('class')).toContain('is-selected');
    expect(await details(page).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('paints each milestone of the shipped dataset under its proxy', async () => {
    // The whole timeline: the opening window leaves the earliest milestones a zoom-out away.
    const { page } = await openApp(browser, '?window=2010-01-01..2035-01-01');
    const ids = await page.locator('.timeline__svg [data-node-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')));
    expect(ids).toHaveLength(builtIn.milestones.length);
    expect(await page.locator('.timeline__svg .milestone-bin').count()).toBe(0);
    // The Codex lane's marks reach the top levels, so none is painted the no-level grey.
    const pixel = await canvasPixelUnder(page, '.timeline__svg [data-node-id="codex-cloud-preview"]');
    expect(pixel[3]).toBe(255);
    expect(pixel.slice(0, 3)).not.toEqual([100, 116, 139]);
    await page.context().close();
  });
});
