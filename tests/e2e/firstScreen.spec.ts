import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { details, launchBrowser, mark, openApp, waitForTitle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const sheet = (page: Page) => page.locator('aside.details-panel');
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the first screen', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    it(`at ${viewport.width}×${viewport.height} says where to start, in one row of controls, and the tour starts at step 1`, async () => {
      const { page, problems } = await openApp(browser, '', { viewport });
      await page.locator('svg.chart').nth(1).waitFor();
      const tops = await page.locator('.app-header__controls > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(tops.length).toBeGreaterThanOrEqual(4);
      expect(new Set(tops).size).toBe(1);
      const essay = page.getByRole('link', { name: 'Read the essay' });
      expect(await essay.getAttribute('href')).toBe('/sub/path/essay/');
      const inView = async (selector: string) => {
        const b = await box(page, selector);
        return b.y >= 0 && b.y + b.height <= viewport.height && b.x + b.width <= viewport.width;
      };
      expect(await inView('.app-header__subtitle a')).toBe(true);
      expect(await inView('.tour-button')).toBe(true);
      expect(await inView('#roadmap-title')).toBe(true);
      expect(await inView('#timeline-title')).toBe(true);
      // The key to the colours is on the page, not behind a button.
      expect(await page.locator('.legend-key__list li').first().isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Take the tour' }).click();
      await page.locator('.presentation-bar [aria-label^="Step 1 of"]').waitFor();
      expect(new URL(page.url()).searchParams.get('present')).toBe('1');
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('names the highlighted concern and what it is over the panel, and clears it', async () => {
    const { page, problems } = await openApp(browser);
    await page.getByLabel('Highlight concern').selectOption('data-privacy');
    const banner = page.getByRole('region', { name: /Highlighted concern/ });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Data privacy');
    expect(await banner.locator('.concern-banner__summary').textContent()).toMatch(/^Personalised assistants.*\.$/);
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => new URL(page.url()).searchParams.get('concern')).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a long details panel on a desktop', () => {
  it('keeps Close details in view while it scrolls', async () => {
    const { page, problems } = await openApp(browser, '?node=codex');
    await waitForTitle(page, 'Codex');
    const body = page.locator('.details-panel__body');
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight + 200)).toBe(true);
    await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.mouse.wheel(0, 2000);
    const close = (await page.getByRole('button', { name: 'Close details' }).boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(0);
    expect(close.y + close.height).toBeLessThanOrEqual(900);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it('shows a deep link’s mark above a half-height sheet; the handle expands it and closing leaves no tooltip or highlight', async () => {
    const { page, problems } = await openApp(browser, '?node=codex', phone);
    await waitForTitle(page, 'Codex');
    await expect.poll(async () => (await mark(page, 'codex').first().boundingBox())!.y).toBeGreaterThanOrEqual(0);
    const sheetBox = (await sheet(page).boundingBox())!;
    expect(Math.abs(sheetBox.height - 844 / 2)).toBeLessThan(4);
    const markBox = (await mark(page, 'codex').first().boundingBox())!;
    expect(markBox.y + markBox.height).toBeLessThanOrEqual(sheetBox.y);

    const handle = page.getByRole('button', { name: 'Show more or less of the details' });
    await handle.click();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(async () => (await sheet(page).boundingBox())!.height).toBeGreaterThan(800);
    // Its Close stays in reach while the details scroll.
    await page.locator('.details-panel__body').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const close = (await page.getByRole('button', { name: 'Close details' }).boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(0);
    expect(close.y + close.height).toBeLessThanOrEqual(844);

    // Dragging the handle down shrinks the sheet, and once more closes it.
    const drag = async () => {
      const h = (await handle.boundingBox())!;
      await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
      await page.mouse.down();
      await page.mouse.move(h.x + h.width / 2, h.y + 150, { steps: 5 });
      await page.mouse.up();
    };
    await drag();
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(async () => (await sheet(page).boundingBox())!.height).toBeLessThan(430);
    await drag();
    await details(page).locator('.node-details').waitFor({ state: 'detached' });

    // A tap opens a node and Close shuts it: no tooltip is left behind, nothing stays lit or dimmed.
    await mark(page, 'sora').first().tap();
    await waitForTitle(page, 'Sora');
    await page.getByRole('button', { name: 'Close details' }).tap();
    await details(page).locator('.node-details').waitFor({ state: 'detached' });
    expect(await page.locator('.tooltip').count()).toBe(0);
    expect(await page.locator('[data-node-id].is-dimmed').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('makes every link and button of the page and the open details at least 24 × 24 px, and axe finds nothing', async () => {
    const { page, problems } = await openApp(browser, '?node=codex', phone);
    await waitForTitle(page, 'Codex');
    // The chart marks are measured with the charts; this is the page's own controls.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, select, input, summary')]
        .filter((e) => e.checkVisibility() && !e.closest('svg'))
        .map((e) => ({ name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40), box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives each timeline mark a touch target of at least 24 × 24 px', async () => {
    const { page, problems } = await openApp(browser, '', phone);
    await page.locator('.milestone-proxy').first().waitFor();
    await page.locator('.timeline__svg').evaluate((svg) => svg.scrollIntoView({ block: 'center' }));
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    // A point 11.5 px from a mark's centre, in each direction, still reaches that mark, unless a neighbour is closer.
    const missed = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('.milestone-proxy')].map((el) => {
        const b = el.getBoundingClientRect();
        return { el, x: b.x + b.width / 2, y: b.y + b.height / 2, w: b.width, h: b.height };
      });
      const onScreen = marks.filter((m) => m.x > 12 && m.x < innerWidth - 12 && m.y > 12 && m.y < innerHeight - 12);
      const alone = onScreen.filter((m) => marks.every((o) => o === m || Math.abs(o.y - m.y) > 26 || Math.abs(o.x - m.x) > 26 + (m.w + o.w) / 2));
      const out: string[] = [];
      for (const m of alone) {
        const hx = Math.max(m.w / 2, 12) - 0.5;
        for (const [dx, dy] of [
          [hx, 0],
          [-hx, 0],
          [0, 11.5],
          [0, -11.5],
        ] as const) {
          const hit = document.elementFromPoint(m.x + dx, m.y + dy);
          if (hit?.closest('.milestone-proxy') !== m.el) out.push(`${m.el.getAttribute('aria-label')?.slice(0, 30)} ${dx},${dy}`);
        }
      }
      return { checked: alone.length, out };
    });
    expect(missed.checked, JSON.stringify(missed)).toBeGreaterThan(3);
    expect(missed.out).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('offers the system share sheet where the browser has one, with the view’s link', async () => {
    const stub = (context: BrowserContext) =>
      context.addInitScript(() => {
        const w = window as unknown as { shared: ShareData[] };
        w.shared = [];
        Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (w.shared.push(data), Promise.resolve()), configurable: true });
      });
    const { page, problems } = await openApp(browser, '?node=codex', phone, stub);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Share' });
    await panel.waitFor();
    const link = await panel.locator('input').inputValue();
    expect(await panel.textContent()).toContain('Show this code to others to open the same view.');
    await panel.getByRole('button', { name: 'Share…' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.map((d) => d.url))).toEqual([link]);
    expect(problems).toEqual([]);
    await page.context().close();

    const plain = await openApp(browser, '?node=codex');
    await plain.page.getByRole('button', { name: 'Share', exact: true }).click();
    const desk = plain.page.getByRole('region', { name: 'Share' });
    await desk.waitFor();
    expect(await desk.getByRole('button', { name: 'Share…' }).count()).toBe(0);
    expect(await desk.textContent()).toContain('Scan to open this view.');
    await plain.page.context().close();
  });
});
