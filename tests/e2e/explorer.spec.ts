import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { details, launchBrowser, mark, nextFrames, openApp, timelineAtRest, waitForTitle } from './browser';

const data = JSON.parse(readFileSync('data/roadmap.json', 'utf8')) as {
  levels: { id: string }[];
  initiatives: { id: string }[];
  milestones: { id: string; initiative: string | null }[];
};
const chartIds = [...data.levels, ...data.initiatives, ...data.milestones].map((n) => n.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the explorer in Chromium', () => {
  it('draws every level, initiative and milestone as a focusable, named mark, with no console error', async () => {
    // The whole timeline: the opening window leaves the earliest milestones a zoom-out away.
    const { page, problems } = await openApp(browser, '?window=2010-01-01..2035-01-01');
    const drawn = await page.$$eval('[data-node-id]', (els) =>
      els.map((el) => ({ id: el.getAttribute('data-node-id'), tab: el.getAttribute('tabindex'), name: el.getAttribute('aria-label') })),
    );
    expect(drawn.map((d) => d.id).sort()).toEqual([...chartIds].sort());
    for (const d of drawn) {
      expect(['0', '-1'], d.id ?? '').toContain(d.tab);
      expect(d.name?.length ?? 0, d.id ?? '').toBeGreaterThan(3);
    }
    expect(await page.locator('svg[role="img"]').count()).toBe(0);
    expect(await page.locator('svg[role="group"][aria-label]').count()).toBe(2);
    expect(await details(page).locator('h2').count()).toBe(0);
    await expect(page.title()).resolves.toBe('AGI Roadmap Explorer');
    expect(await page.getByText('AGI Roadmap Explorer', { exact: true }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows the page's header while the code loads, then draws the charts once, at their final width, with or without scrollbars that take room", async () => {
    const withScrollbars = await launchBrowser({ scrollbars: true });
    for (const [viewport, mobile, used] of [
      [{ width: 1440, height: 900 }, false, browser],
      [{ width: 1024, height: 700 }, false, browser],
      [{ width: 390, height: 844 }, true, browser],
      [{ width: 1440, height: 900 }, false, withScrollbars],
      [{ width: 1024, height: 700 }, false, withScrollbars],
    ] as const) {
      const label = `${viewport.width}${used === withScrollbars ? ' with scrollbars' : ''}`;
      const context = await used.newContext({ viewport, isMobile: mobile, hasTouch: mobile, serviceWorkers: 'block' });
      // Which inserted nodes brought a chart with them (the app's own root, or a chart added to a page already
      // there), at what width, and every later change of a chart's width: a second render at a corrected width.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { chartEvents: string[] }).chartEvents = seen;
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes' && r.target instanceof Element && r.target.matches('svg.chart'))
              seen.push(`resized to ${r.target.getAttribute('width')}`);
            for (const n of r.addedNodes) {
              const chart = n instanceof Element ? (n.matches('svg.chart') ? n : n.querySelector('svg.chart')) : null;
              if (chart && n instanceof Element) seen.push(`${n.classList.contains('app') ? 'app' : n.tagName} at ${chart.getAttribute('width')}`);
            }
          }
        }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['width'] });
      });
      let release = () => undefined as void;
      const held = new Promise<void>((done) => (release = done));
      await context.route(/assets\/.*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
      // While the code is held back, the header written in index.html shows the title, and no script ran.
      await page.locator('#root h1', { hasText: 'AGI Roadmap Explorer' }).waitFor();
      expect(await page.locator('#root .loading').textContent(), label).toBe('Loading the roadmap…');
      release();
      await page.locator('svg.chart').nth(1).waitFor();
      // A corrected width would come from a resize observer, whose render shows within the next two frames.
      await nextFrames(page);
      const final = await page
        .locator('#root .chart-card > div')
        .first()
        .evaluate((el) => Math.floor(el.getBoundingClientRect().width));
      // Measured in a layout effect, before the first paint: each chart is drawn once, at its final width.
      const events = await page.evaluate(() => (window as unknown as { chartEvents: string[] }).chartEvents);
      expect(events.length, label).toBeGreaterThan(0);
      expect(
        events.filter((e) => !e.endsWith(` at ${final}`)),
        label,
      ).toEqual([]);
      await context.close();
    }
    await withScrollbars.close();
  });

  it("paints the page's header in the operating system's theme before any script runs, light or dark", async () => {
    for (const [colorScheme, background, text] of [
      ['light', 'rgb(241, 245, 249)', 'rgb(15, 23, 42)'],
      ['dark', 'rgb(11, 18, 32)', 'rgb(241, 245, 249)'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, colorScheme, serviceWorkers: 'block' });
      // No script ever arrives: what shows is the HTML and the stylesheet alone.
      await context.route(/\.js(\?.*)?$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      await page.locator('#root h1').waitFor();
      const painted = await page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.querySelector('#root h1')!).color,
        scripted: document.documentElement.dataset.theme ?? null,
      }));
      expect(painted, colorScheme).toEqual({ background, text, scripted: null });
      // The pixels agree: a corner of the screenshot has the theme's background.
      const shot = await page.screenshot({ clip: { x: 1000, y: 680, width: 1, height: 1 }, type: 'png' });
      const pixel = await page.evaluate(
        async (png) => {
          const bitmap = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(1, 1);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
          return `rgb(${r}, ${g}, ${b})`;
        },
        [...shot],
      );
      expect(pixel, colorScheme).toBe(background);
      await context.close();
    }
  });

  it('selects an initiative from the roadmap and fills the panel, highlighting its links in both charts', async () => {
    const { page, problems } = await openApp(browser);
    await mark(page, 'codex').click();
    const panel = details(page);
    await waitForTitle(page, 'Codex');
    expect(await panel.locator('h2').count()).toBe(1);
    const h3s = await panel.locator('h3').allTextContents();
    expect(h3s).toEqual(expect.arrayContaining(['Summary', 'The essay and the sources', 'Levels', 'Ethics concerns', 'Milestones', 'Sources']));
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('The essay says');
    expect(text).toContain('Sources say');
    expect(text).toContain('Our editorial mapping');
    expect(text).toMatch(/Primary: the organisation’s own page or document|Secondary: reputable reporting/);
    const hrefs = await panel.locator('.source-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    // Linked highlighting: the lane's milestones and level 3 are lit, unrelated marks dim.
    await expect(mark(page, 'codex-cloud-preview').getAttribute('class')).resolves.toContain('is-related');
    await expect(mark(page, 'level-3').getAttribute('class')).resolves.toContain('is-related');
    // Selecting Codex moved the timeline to Codex's milestones: a Sora one of that time is in view, and dim.
    await expect(mark(page, 'disney-sora-deal').getAttribute('class')).resolves.toContain('is-dimmed');
    await expect(mark(page, 'stargate').getAttribute('class')).resolves.toContain('is-dimmed');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('selects a milestone from the timeline, follows a linked node, and clears with Escape and the close button', async () => {
    const { page, problems } = await openApp(browser);
    await mark(page, 'codex-cloud-preview').click();
    const panel = details(page);
    await waitForTitle(page, 'Codex cloud agent research preview (codex-1)');
    expect(await panel.textContent()).toContain('16 May 2025');
    await expect(mark(page, 'codex').getAttribute('class')).resolves.toContain('is-related');
    await panel.getByRole('button', { name: 'Agents' }).click();
    await waitForTitle(page, 'Agents');
    await expect(mark(page, 'level-3').getAttribute('class')).resolves.toContain('is-selected');
    await page.keyboard.press('Escape');
    await panel.locator('h2').waitFor({ state: 'detached' });
    await mark(page, 'level-2').click();
    expect(await panel.textContent()).toContain('OpenAI’s stated position');
    await panel.getByRole('button', { name: /Close details/ }).click();
    await panel.locator('h2').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('selects with the keyboard alone: Tab to a mark, Enter selects, Escape clears', async () => {
    const { page } = await openApp(browser);
    let focused: string | null = null;
    for (let i = 0; i < 40 && focused !== 'level-1'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);
    }
    expect(focused).toBe('level-1');
    await page.keyboard.press('Enter');
    await waitForTitle(page, 'Chatbots');
    await page.keyboard.press('Escape');
    await details(page).locator('h2').waitFor({ state: 'detached' });
    // A timeline milestone too, back in the opening window (selecting Chatbots moved the timeline to its milestones).
    await timelineAtRest(page);
    const reset = page.getByRole('button', { name: 'Reset zoom' });
    if (await reset.isEnabled()) await reset.click();
    await mark(page, 'gpt-5-release').focus();
    await page.keyboard.press('Enter');
    await waitForTitle(page, 'GPT-5 released');
    await page.context().close();
  });

  it('moves focus to the new heading after a panel link, and back to the mark when the panel closes', async () => {
    const { page } = await openApp(browser);
    await mark(page, 'codex').focus();
    await page.keyboard.press('Enter');
    await waitForTitle(page, 'Codex');
    await details(page).getByRole('button', { name: 'Agents' }).click();
    await waitForTitle(page, 'Agents');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await page.keyboard.press('Escape');
    await details(page).locator('h2').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe('level-3');
    await page.context().close();
  });

  it('keeps the concern highlight visible while a node is selected', async () => {
    const { page } = await openApp(browser, '?node=codex-cloud-preview');
    await waitForTitle(page, 'Codex cloud agent research preview (codex-1)');
    await page.getByLabel('Highlight concern').selectOption('non-democratic-partnerships');
    await expect(mark(page, 'stargate-uae').getAttribute('class')).resolves.toContain('is-concern');
    await expect(mark(page, 'codex').getAttribute('class')).resolves.not.toContain('is-concern');
    await page.context().close();
  });

  it('shows a tooltip with title and date on hover and previews the links', async () => {
    const { page } = await openApp(browser);
    await mark(page, 'stargate-announced').hover();
    const tip = page.locator('.tooltip');
    await expect(tip.textContent()).resolves.toContain('21 January 2025');
    await expect(mark(page, 'stargate').getAttribute('class')).resolves.toContain('is-related');
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('hides lanes and highlights the nodes one ethics concern touches', async () => {
    const { page } = await openApp(browser);
    await page.locator('.lane-filter__button').click();
    await page.getByRole('checkbox', { name: 'Sora' }).uncheck();
    // A Sora milestone inside the opening window.
    expect(await mark(page, 'disney-sora-deal').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Sora' }).check();
    expect(await mark(page, 'disney-sora-deal').count()).toBe(1);
    await page.locator('.lane-filter__button').click();
    await page.getByLabel('Highlight concern').selectOption('non-democratic-partnerships');
    await expect(mark(page, 'openai-for-countries').getAttribute('class')).resolves.toContain('is-related');
    await expect(mark(page, 'stargate-uae').getAttribute('class')).resolves.toContain('is-related');
    await expect(mark(page, 'codex').getAttribute('class')).resolves.toContain('is-dimmed');
    await page.context().close();
  });

  it('shows an error naming the JSON path when the dataset is broken, never a blank page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/*.json', async (route) => {
      const body = JSON.parse(readFileSync('data/roadmap.json', 'utf8'));
      body.milestones[2].date = '2025-02-30';
      delete body.levels[0].name;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
    });
    const { inject } = await import('vitest');
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('milestones[2] (github-copilot-preview).date: "2025-02-30" is not a real calendar date');
    expect(text).toContain('levels[0] (level-1).name: ');
    expect(text).toContain('2 problems');
    await context.close();
  });
});
