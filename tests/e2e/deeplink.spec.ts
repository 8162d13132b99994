import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { details, launchBrowser, mark, openApp, waitForTitle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const param = (url: string, name: string) => new URL(url).searchParams.get(name);

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
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('window'));
    expect(await page.evaluate(() => history.length)).toBe(before);
    const windowParam = param(page.url(), 'window');
    expect(windowParam).toMatch(/^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/);
    const labels = await page.locator('.timeline__svg .tick text').allTextContents();
    await page.reload();
    await page.locator('[data-node-id]').first().waitFor();
    expect(param(page.url(), 'window')).toBe(windowParam);
    expect(await page.locator('.timeline__svg .tick text').allTextContents()).toEqual(labels);
    expect(await page.getByRole('button', { name: 'Reset zoom' }).isDisabled()).toBe(false);
    await page.context().close();
  });

  it('restores filters from the URL', async () => {
    const { page } = await openApp(browser, '?hide=sora&concern=data-privacy');
    expect(await mark(page, 'sora-announced').count()).toBe(0);
    expect(await page.getByLabel('Highlight concern').inputValue()).toBe('data-privacy');
    await page.context().close();
  });
});
