import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { details, launchBrowser, mark, openApp, param, waitForTitle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const data = { milestones: (JSON.parse(readFileSync('data/roadmap.json', 'utf8')) as { milestones: unknown[] }).milestones.length };

describe('deep links in Chromium', () => {
  it('opens ?node=<id> with that node selected, and Back and Forward step through selections', async () => {
    const { page, problems } = await openApp(browser, '?node=stargate&utm_source=slides');
    await waitForTitle(page, 'Stargate Project');
    await mark(page, 'level-3').click();
    await waitForTitle(page, 'Agents');
    expect(param(page.url(), 'node')).toBe('level-3');
    expect(param(page.url(), 'utm_source')).toBe('slides');
    await page.goBack();
    await waitForTitle(page, 'Stargate Project');
    await page.goForward();
    await waitForTitle(page, 'Agents');
    await page.keyboard.press('Escape');
    await details(page).locator('h2').waitFor({ state: 'detached' });
    expect(param(page.url(), 'node')).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('names an unknown id in a polite notice over the default view, with no console error', async () => {
    const { page, problems } = await openApp(browser, '?node=no-such-node');
    const notice = page.getByRole('status').filter({ hasText: 'no-such-node' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('was found');
    expect(await details(page).locator('h2').count()).toBe(0);
    expect(await page.locator('[data-node-id]').count()).toBeGreaterThan(60);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the zoom window in the URL without adding history entries, and restores it on reload', async () => {
    const { page } = await openApp(browser);
    const before = await page.evaluate(() => history.length);
    // All the way in, where a window rounded to whole days would visibly shift on reload.
    // The window is written once the zoom has been still for a moment (a debounced replace): note each write, so
    // the test counts the entries after the one that follows the last click.
    await page.evaluate(() => {
      const w = window as unknown as { replacedAt: number };
      w.replacedAt = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        w.replacedAt = performance.now();
        replace(...args);
      };
    });
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    while (await zoomIn.isEnabled()) await zoomIn.click();
    const lastClick = await page.evaluate(() => performance.now());
    await page.waitForFunction((t) => (window as unknown as { replacedAt: number }).replacedAt > t, lastClick);
    expect(new URLSearchParams(new URL(page.url()).search).has('window')).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(before);
    const windowParam = param(page.url(), 'window');
    expect(windowParam).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}Z)?\.\.\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}Z)?$/);
    const labels = await page.locator('.timeline__svg .tick text').allTextContents();
    const tickX = await page.locator('.timeline__svg .tick').evaluateAll((ts) => ts.map((t) => t.getAttribute('transform')));
    await page.reload();
    await page.locator('[data-node-id]').first().waitFor();
    expect(param(page.url(), 'window')).toBe(windowParam);
    expect(await page.locator('.timeline__svg .tick text').allTextContents()).toEqual(labels);
    const after = await page.locator('.timeline__svg .tick').evaluateAll((ts) => ts.map((t) => t.getAttribute('transform')));
    // The same ticks within a pixel: the view is restored, not approximately.
    const xs = (list: (string | null)[]) => list.map((t) => Number(/translate\(([-\d.]+)/.exec(t ?? '')?.[1]));
    xs(after).forEach((x, i) => expect(Math.abs(x - (xs(tickX)[i] ?? NaN))).toBeLessThan(1));
    expect(await page.getByRole('button', { name: 'Reset zoom' }).isDisabled()).toBe(false);
    await page.context().close();
  });

  it('fits a linked window that misses the data or is too narrow, with a notice', async () => {
    const { page, problems } = await openApp(browser, '?window=1900-01-01..1900-02-01');
    await page.getByRole('status').filter({ hasText: 'outside the timeline' }).waitFor();
    expect(await page.locator('.timeline__svg [data-node-id]').count()).toBe(data.milestones);
    await page.context().close();
    const narrow = await openApp(browser, '?window=2025-01-01..2025-01-03');
    await narrow.page.getByRole('status').filter({ hasText: 'widened' }).waitFor();
    const labels = await narrow.page.locator('.timeline__svg .tick text').allTextContents();
    expect(new Set(labels).size).toBe(labels.length);
    expect(problems).toEqual([]);
    await narrow.page.context().close();
  });

  it('restores filters from the URL', async () => {
    const { page } = await openApp(browser, '?hide=sora&concern=data-privacy');
    expect(await mark(page, 'sora-announced').count()).toBe(0);
    expect(await page.getByLabel('Highlight concern').inputValue()).toBe('data-privacy');
    await page.context().close();
  });
});
