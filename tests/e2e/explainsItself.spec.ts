import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, mark, openApp, param, waitForTitle } from './browser';

const roadmap = JSON.parse(readFileSync(new URL('../../data/roadmap.json', import.meta.url), 'utf8')) as {
  milestones: { id: string; initiative: string | null }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ticks = (page: Page) => page.locator('.timeline__svg .tick text').allTextContents();
const drawn = async (page: Page) => Number(await page.locator('.timeline__stage').getAttribute('data-milestones-drawn'));
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The chart's x range on the page: a label beyond it would be cut off. */
async function plotRange(page: Page): Promise<[number, number]> {
  const box = (await page.locator('.timeline__svg').boundingBox())!;
  return [box.x, box.x + box.width];
}
/** Waits until the window stops moving (the selection's eased move takes 0.6 s). */
async function settled(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await ticks(page)) + page.url();
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 400, timeout: 15_000 },
    )
    .toBe(true);
}

describe('the explorer explains itself, in Chromium', () => {
  it('opens on a window holding at least 80 % of the milestones, with a way out to the rest', async () => {
    const { page, problems } = await openApp(browser);
    expect((await drawn(page)) / roadmap.milestones.length).toBeGreaterThanOrEqual(0.8);
    const earlier = page.getByRole('button', { name: /^← \d+ earlier milestones?$/ });
    // Less than the whole timeline: some milestones lie outside, and it can zoom out.
    expect(await drawn(page)).toBeLessThan(roadmap.milestones.length);
    expect(await page.getByRole('button', { name: 'Zoom out' }).isDisabled()).toBe(false);
    await earlier.click();
    await expect.poll(() => drawn(page)).toBe(roadmap.milestones.length);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits a selected initiative’s milestones into view, and Back restores the window before', async () => {
    const { page } = await openApp(browser, '?window=2019-01-01..2020-06-01');
    const before = await ticks(page);
    await mark(page, 'sora').click();
    await waitForTitle(page, 'Sora');
    await settled(page);
    expect(param(page.url(), 'window')).not.toBe('2019-01-01..2020-06-01');
    const [left, right] = await plotRange(page);
    const sora = roadmap.milestones.filter((m) => m.initiative === 'sora');
    for (const m of sora) {
      const box = await mark(page, m.id).boundingBox();
      expect(box, m.id).not.toBeNull();
      expect(box!.x + box!.width / 2).toBeGreaterThanOrEqual(left);
      expect(box!.x + box!.width / 2).toBeLessThanOrEqual(right);
    }
    await page.goBack();
    await expect.poll(() => param(page.url(), 'window')).toBe('2019-01-01..2020-06-01');
    await expect.poll(() => ticks(page)).toEqual(before);
    await page.context().close();
  });

  it('opens a shared link to an initiative on all of its milestones', async () => {
    const { page } = await openApp(browser, '?node=sora', { viewport: { width: 1280, height: 720 } });
    await waitForTitle(page, 'Sora');
    const [left, right] = await plotRange(page);
    for (const m of roadmap.milestones.filter((m) => m.initiative === 'sora')) {
      const box = (await mark(page, m.id).boundingBox())!;
      expect(box.x + box.width / 2, m.id).toBeGreaterThanOrEqual(left);
      expect(box.x + box.width / 2, m.id).toBeLessThanOrEqual(right);
    }
    // That window goes without saying: the address stays as it was shared.
    expect(param(page.url(), 'window')).toBeNull();
    await page.context().close();
  });

  for (const [name, select] of [
    ['selected', 'sora'],
    ['highlighted by a concern', null],
  ] as const) {
    it(`labels the ${name} marks, visibly and without overlaps`, async () => {
      const { page } = await openApp(browser, select ? '' : '?concern=data-privacy', { viewport: { width: 1920, height: 1080 } });
      if (select) await mark(page, select).click();
      await page.locator('.emphasis-label').first().waitFor();
      await settled(page);
      // The selected initiative's marks, now in view.
      const ids = select
        ? await page.locator(`.timeline__svg [data-lane-id="${select}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-node-id')!))
        : null;
      const labels = await page.locator('.emphasis-label').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { id: el.getAttribute('data-label-for')!, text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      if (ids) {
        // Each label belongs to one of them, and each of them has one: a title with no room in its row moves to a free
        // neighbouring row of its lane, or shares its neighbour's gap (Sora 2, days from two other marks).
        expect(labels.every((l) => ids.includes(l.id))).toBe(true);
        expect(labels.map((l) => l.id).sort()).toEqual([...ids].sort());
      } else expect(labels.length).toBeGreaterThan(2);
      const marks = await page.locator('.timeline__svg [data-node-id]').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { id: el.getAttribute('data-node-id')!, x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      const [left, right] = await plotRange(page);
      for (const l of labels) {
        expect(l.text.length, l.id).toBeGreaterThan(3);
        expect(l.x, l.id).toBeGreaterThanOrEqual(left - 10);
        expect(l.x + l.width, l.id).toBeLessThanOrEqual(right + 2);
        for (const o of labels) if (o !== l) expect(overlap(l, o), `${l.text} / ${o.text}`).toBe(false);
        for (const m of marks) if (m.id !== l.id) expect(overlap(l, m), `${l.text} covers ${m.id}`).toBe(false);
      }
      await page.context().close();
    });
  }

  it('scrolls the page on a plain wheel over the timeline, zooms on Ctrl + wheel, and says so once', async () => {
    const { page } = await openApp(browser, '', { viewport: { width: 1280, height: 720 } });
    const svg = page.locator('.timeline__svg');
    await svg.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, Math.min(box.y + 120, 700));
    const before = await ticks(page);
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY);
    await page.locator('.timeline__wheel-hint', { hasText: /(Ctrl|⌘) \+ scroll to zoom/ }).waitFor();
    expect(await ticks(page)).toEqual(before);
    expect(param(page.url(), 'window')).toBeNull();
    const afterScroll = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => ticks(page)).not.toEqual(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(afterScroll);
    await page.locator('.timeline__wheel-hint').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('has no axe violation of any impact, label-content-name-mismatch included, with a selection and a highlight', async () => {
    for (const query of ['?node=sora', '?concern=data-privacy', '?q=sora']) {
      const { page } = await openApp(browser, query);
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
      expect(results.violations.map((v) => `${query} ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    }
  });

  it('exports a PNG whose unselected marks keep their full colour', async () => {
    const { page } = await openApp(browser, '?node=sora');
    await waitForTitle(page, 'Sora');
    await page.getByRole('button', { name: 'Share' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = readFileSync(await download.path()).toString('base64');
    // Sora's own milestones reach no level (grey), so every strongly coloured pixel belongs to something unselected:
    // the level circles and the other lanes' marks. Faded to 25 % over white, a colour keeps at most a quarter of its
    // saturation (about 0.25 for these), so a pixel with saturation above 0.6 is one drawn in full colour.
    const strong = await page.evaluate(async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data: px } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let count = 0;
      for (let i = 0; i < px.length; i += 4) {
        const max = Math.max(px[i]!, px[i + 1]!, px[i + 2]!);
        const min = Math.min(px[i]!, px[i + 1]!, px[i + 2]!);
        if (max > 0 && (max - min) / max > 0.6) count++;
      }
      return { count, share: count / (bitmap.width * bitmap.height) };
    }, png);
    // Five level circles (about 36 px across at 2×) alone make some 5,000 such pixels; the marks many more.
    expect(strong.count).toBeGreaterThan(20_000);
    await page.context().close();
  });
});
