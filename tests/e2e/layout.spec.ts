import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { details, launchBrowser, mark, nextFrames, openApp, waitForTitle } from './browser';
import { recordProblems } from '../../scripts/bench/measurePage.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function seriousViolations(page: import('playwright-core').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('layouts and accessibility in Chromium', () => {
  it('has no serious or critical axe violations on the default view and with a node selected', async () => {
    const { page, problems } = await openApp(browser);
    expect(await seriousViolations(page)).toEqual([]);
    await mark(page, 'openai-for-countries').click();
    await waitForTitle(page, 'OpenAI for Countries');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('works on a 390×844 phone: both charts, no sideways scroll, tap to open a bottom sheet', async () => {
    const { page, problems } = await openApp(browser, '', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const svg of await page.locator('svg.chart').all()) {
      const box = await svg.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(300);
      expect((box?.x ?? -1) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
    }
    await mark(page, 'sora').tap();
    const panel = details(page);
    await waitForTitle(page, 'Sora');
    const sheet = await panel.boundingBox();
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeCloseTo(844, 0);
    await panel.getByRole('button', { name: /Close details/ }).tap();
    await panel.locator('h2').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lets one finger scroll the page over the timeline on a phone, and pan it sideways when zoomed', async () => {
    const { page } = await openApp(browser, '', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.locator('.timeline__svg').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', pts: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: pts.map((p, id) => ({ ...p, id })) });
    const swipe = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await touch('touchStart', [from]);
      for (let i = 1; i <= 12; i++) await touch('touchMove', [{ x: from.x + ((to.x - from.x) * i) / 12, y: from.y + ((to.y - from.y) * i) / 12 }]);
      await touch('touchEnd', []);
    };
    const before = await page.evaluate(() => window.scrollY);
    await swipe({ x: 200, y: 600 }, { x: 200, y: 250 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('.timeline__svg').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const ticks = await page.locator('.timeline__svg .tick text').allTextContents();
    await swipe({ x: 300, y: 200 }, { x: 80, y: 205 });
    await expect.poll(() => page.locator('.timeline__svg .tick text').allTextContents()).not.toEqual(ticks);
    await page.context().close();
  });

  it('opens the share popover across a phone screen, above the details sheet', async () => {
    const { page } = await openApp(browser, '?node=codex', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    await waitForTitle(page, 'Codex');
    await page.getByRole('button', { name: 'Share' }).tap();
    const panel = page.getByRole('region', { name: 'Share' });
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(375);
    // The topmost element at the Copy link button is the button itself, not the details sheet.
    const copy = await panel.getByRole('button', { name: 'Copy link' }).boundingBox();
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.textContent, [(copy?.x ?? 0) + 5, (copy?.y ?? 0) + 5]);
    expect(hit).toBe('Copy link');
    await page.context().close();
  });

  it('lays the desktop out side by side at 1440×900 without sideways scroll', async () => {
    const { page } = await openApp(browser);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const panel = await details(page).boundingBox();
    const chart = await page.locator('svg.roadmap').boundingBox();
    expect(panel?.x ?? 0).toBeGreaterThan((chart?.x ?? 0) + (chart?.width ?? 0) - 1);
    await page.context().close();
  });

  it('moves nothing while a phone with a slow CPU loads it: the header in the page, the app and the offline line', async () => {
    // A visitor's first load, service worker included, on a 412×823 phone at a quarter of this CPU's speed.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }[]) {
          const moved = entry.sources.map(
            (s) => `${(s.node as Element | undefined)?.className || s.node?.nodeName} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`,
          );
          shifts.push(`${entry.value.toFixed(3)}: ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(inject('baseUrl'));
    await page.locator('.timeline__canvas').waitFor();
    // The offline line fills once the worker has saved every file; it must not push the page down either.
    await page.locator('.offline-status[data-tone]').waitFor({ timeout: 20_000 });
    await nextFrames(page);
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
