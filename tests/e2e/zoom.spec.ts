import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { details, launchBrowser, mark, nextFrames, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const tickUnit = (page: Page) => page.locator('.timeline__svg').getAttribute('data-tick-unit');
const tickLabels = (page: Page) => page.locator('.timeline__svg .tick text').allTextContents();
const markX = (page: Page, id: string) => mark(page, id).evaluate((el) => el.getBoundingClientRect().x);

describe('timeline zoom in Chromium', () => {
  it('zooms with Ctrl + mouse wheel and re-ticks from years to months', async () => {
    // The whole timeline, in years, rather than the opening window (already in months).
    const { page, problems } = await openApp(browser, '?window=2019-01-01..2027-06-01');
    expect(await tickUnit(page)).toBe('year');
    const svg = page.locator('.timeline__svg');
    await svg.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = await svg.boundingBox();
    if (!box) throw new Error('no timeline');
    const target = await mark(page, 'codex-cloud-preview').boundingBox();
    // Over the plot, inside the viewport, near the Codex lane's 2025 marks.
    await page.mouse.move(target?.x ?? box.x + box.width * 0.8, box.y + 60);
    // One wheel step a frame, as a person's wheel sends them; Ctrl held, as a plain wheel scrolls the page.
    await page.keyboard.down('Control');
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -300);
      await nextFrames(page, 1);
    }
    await page.keyboard.up('Control');
    await expect.poll(() => tickUnit(page)).not.toBe('year');
    // The SVG axis labels follow once the wheel gesture has ended (they wait during it, see TimelineChart).
    await expect.poll(async () => (await tickLabels(page)).some((l) => /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(l))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('pans by dragging, and zooms with the + and reset buttons', async () => {
    const { page } = await openApp(browser);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const svg = await page.locator('.timeline__svg').boundingBox();
    if (!svg) throw new Error('no timeline');
    // Follow whichever milestone sits nearest the middle of the zoomed view.
    const id = await page.$$eval(
      '.timeline__svg [data-node-id]',
      (els, mid) => {
        const dist = (el: Element) => Math.abs(el.getBoundingClientRect().x - mid);
        return els.sort((a, b) => dist(a) - dist(b))[0]?.getAttribute('data-node-id') ?? '';
      },
      svg.x + svg.width / 2,
    );
    const before = await markX(page, id);
    await page.mouse.move(svg.x + svg.width / 2, svg.y + 40);
    await page.mouse.down();
    await page.mouse.move(svg.x + svg.width / 2 - 150, svg.y + 40, { steps: 8 });
    await page.mouse.up();
    // The proxies catch up with a gesture in a transition once it ends: wait for that, not for a fixed time.
    await expect.poll(() => markX(page, id)).toBeLessThan(before - 100);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    // Back to the opening window, which shows months.
    await expect.poll(() => tickUnit(page)).toBe('month');
    expect(await page.getByRole('button', { name: 'Reset zoom' }).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('pinch-zooms on a touch screen', async () => {
    const { page } = await openApp(browser, '', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.locator('.timeline__svg').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const svg = await page.locator('.timeline__svg').boundingBox();
    if (!svg) throw new Error('no timeline');
    const cdp = await page.context().newCDPSession(page);
    const y = svg.y + 60;
    const cx = svg.x + svg.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', pts: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: pts.map((p, id) => ({ ...p, id })) });
    await touch('touchStart', [
      { x: cx - 20, y },
      { x: cx + 20, y },
    ]);
    for (let i = 1; i <= 10; i++)
      await touch('touchMove', [
        { x: cx - 20 - i * 12, y },
        { x: cx + 20 + i * 12, y },
      ]);
    await touch('touchEnd', []);
    await expect.poll(() => page.getByRole('button', { name: 'Reset zoom' }).isDisabled()).toBe(false);
    // A tap on a mark still selects it after the gesture.
    const target = page.locator('.timeline__svg [data-node-id]').first();
    await target.tap();
    await details(page).locator('h2').waitFor();
    await page.context().close();
  });

  it('paints the milestone canvas before the first frame that shows it, on load and after a resize', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    // A frame callback queued once the canvas is in the page runs in the first frame that shows it, after any the
    // app queued while committing it: it reads what that frame paints.
    await context.addInitScript(() => {
      const w = window as unknown as { paintedInFirstFrame: boolean[] };
      w.paintedInFirstFrame = [];
      const painted = (c: HTMLCanvasElement) =>
        c
          .getContext('2d')!
          .getImageData(0, 0, c.width, c.height)
          .data.some((v, i) => i % 4 === 3 && v > 0);
      // The charts go in just after the page around them (their width is measured in between), and both insertions
      // can reach this observer in one batch, each holding the canvas: each canvas counts once.
      const seen = new WeakSet<HTMLCanvasElement>();
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            const canvas = n instanceof Element ? (n.matches('canvas.timeline__canvas') ? n : n.querySelector('canvas.timeline__canvas')) : null;
            if (!(canvas instanceof HTMLCanvasElement) || seen.has(canvas)) continue;
            seen.add(canvas);
            requestAnimationFrame(() => w.paintedInFirstFrame.push(painted(canvas)));
          }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => (window as unknown as { paintedInFirstFrame: boolean[] }).paintedInFirstFrame.length > 0);
    expect(await page.evaluate(() => (window as unknown as { paintedInFirstFrame: boolean[] }).paintedInFirstFrame)).toEqual([true]);
    // A new size gives the canvas new buffers (blank until painted). Size observers run in the frame's update after
    // its frame callbacks, just before it is painted: the frame that shows the new buffers shows the marks.
    await page.evaluate(() => {
      const w = window as unknown as { paintedAfterResize?: boolean };
      const c = document.querySelector<HTMLCanvasElement>('canvas.timeline__canvas')!;
      const width = c.width;
      new ResizeObserver(() => {
        if (c.width !== width && w.paintedAfterResize === undefined)
          w.paintedAfterResize = c
            .getContext('2d')!
            .getImageData(0, 0, c.width, c.height)
            .data.some((v, i) => i % 4 === 3 && v > 0);
      }).observe(c);
    });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.waitForFunction(() => (window as unknown as { paintedAfterResize?: boolean }).paintedAfterResize !== undefined);
    expect(await page.evaluate(() => (window as unknown as { paintedAfterResize?: boolean }).paintedAfterResize)).toBe(true);
    await context.close();
  });

  it('draws the grid on the canvas, and the axis labels there too while a drag runs, back in the SVG after it', async () => {
    const { page, problems } = await openApp(browser, '?window=2024-01-01..2026-01-01');
    const stage = page.locator('.timeline__stage');
    await stage.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await nextFrames(page);
    /** The most opaque canvas pixel in a row `span` px wide centred on stage coordinates (x, y). */
    const alphaAt = (x: number, y: number, span = 1) =>
      page.locator('.timeline__canvas').evaluate(
        (c: HTMLCanvasElement, [x, y, span]) => {
          const scale = c.width / c.getBoundingClientRect().width;
          const row = c
            .getContext('2d')!
            .getImageData(Math.round((x! - span! / 2) * scale), Math.round(y! * scale), Math.max(1, Math.round(span! * scale)), 1).data;
          return Math.max(...row.filter((_, i) => i % 4 === 3));
        },
        [x, y, span],
      );
    const ticks = await page
      .locator('.timeline__svg .tick')
      .evaluateAll((gs) => gs.map((g) => Number(/translate\(([\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1])));
    expect(ticks.length).toBeGreaterThan(3);
    // The axis strip, just above the first lane: a grid line at each tick, nothing halfway between two.
    const top = await page
      .locator('.timeline__svg .tick text')
      .first()
      .evaluate((t) => Number(t.getAttribute('y')) + 12);
    await expect.poll(() => alphaAt(Math.round(ticks[1]!), top - 3)).toBeGreaterThan(0);
    expect(await alphaAt(Math.round((ticks[1]! + ticks[2]!) / 2), top - 3)).toBe(0);
    // At rest the canvas leaves the labels to the SVG.
    const labelY = top - 16;
    const labelAlpha = () => alphaAt(Math.round(ticks[2]!), labelY, 16);
    expect(await labelAlpha()).toBe(0);
    const box = (await stage.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 1, box.y + 120);
    await page.mouse.move(box.x + box.width / 2 - 2, box.y + 120);
    await expect.poll(() => page.locator('.timeline__svg .axis').getAttribute('visibility')).toBe('hidden');
    await expect.poll(labelAlpha).toBeGreaterThan(0);
    await page.mouse.up();
    // The proxies and the SVG axis catch up in a transition once the drag ends.
    await expect.poll(() => page.locator('.timeline__svg .axis').getAttribute('visibility')).toBeNull();
    await expect.poll(labelAlpha).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
