import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serveStatic.mjs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Download } from 'playwright-core';
import { details, launchBrowser, mark, openApp, waitForTitle } from './browser';
import { reviewedLabel } from '../../src/i18n/labels';

// "Sources reviewed to 2 December 2026", from the shipped dataset, so a new review date needs no test change.
const reviewed = reviewedLabel(JSON.parse(readFileSync('data/roadmap.json', 'utf8')).meta);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const readDownload = async (d: Download) => {
  const path = await d.path();
  return readFileSync(path);
};

describe('sharing in Chromium', () => {
  it('copies a share-page link and the embed code, and shows a QR code, from a popover that stays open', async () => {
    const { page, problems } = await openApp(browser, '?node=codex&utm_source=slides');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForTitle(page, 'Codex');
    await page.getByRole('button', { name: 'Share' }).click();
    const panel = page.getByRole('region', { name: 'Share' });
    await panel.waitFor();
    expect(await page.getByRole('menu').count()).toBe(0);
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await panel.getByText('Link copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject('baseUrl')}n/codex/`);
    const qr = panel.getByRole('img', { name: /QR/ });
    expect((await qr.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(200);
    const code = (await panel.locator('pre code').textContent()) ?? '';
    expect(code).toMatch(/^<iframe src="[^"]+n\/codex\/\?embed=1" title="AGI Roadmap Explorer: Codex" width="\d+" height="\d+"/);
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    await panel.getByText('Embed code copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // Escape closed the popover only: the selection stays.
    expect(await details(page).locator('h2').textContent()).toBe('Codex');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('closes the Share, Lanes and Legend popovers on a click outside them, and gives focus back on Escape', async () => {
    const { page, problems } = await openApp(browser, '?node=codex');
    await waitForTitle(page, 'Codex');
    const outside = page.getByRole('heading', { level: 1 });
    await page.getByRole('button', { name: 'Share' }).click();
    const panel = page.getByRole('region', { name: 'Share' });
    await panel.waitFor();
    await outside.click();
    await panel.waitFor({ state: 'detached' });
    for (const [button, inside] of [
      ['.lane-filter__button', page.getByRole('checkbox', { name: 'Sora' })],
      ['.legend__button', page.getByRole('heading', { name: 'Level colours' })],
    ] as const) {
      await page.locator(button).click();
      await inside.waitFor();
      await outside.click();
      await inside.waitFor({ state: 'hidden' });
      await page.locator(button).click();
      await inside.waitFor();
      await page.keyboard.press('Escape');
      await inside.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.className)).toBe(button.slice(1));
    }
    // Neither the clicks outside nor Escape touched the selection.
    expect(await details(page).locator('h2').textContent()).toBe('Codex');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('falls back when the Clipboard API is refused and still confirms the copy', async () => {
    const { page } = await openApp(browser, '?node=sora');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/Link copied to the clipboard\.|Copying was refused/).waitFor();
    await page.context().close();
  });

  it('downloads the current view as SVG and as a 2× PNG, with title, selection and source line', async () => {
    const { page } = await openApp(browser, '?node=stargate');
    await waitForTitle(page, 'Stargate Project');
    await page.getByRole('button', { name: 'Share' }).click();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('agi-roadmap-stargate.svg');
    const svg = (await readDownload(svgDownload)).toString('utf8');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="1200"');
    expect(svg).toContain('AGI Roadmap Explorer');
    expect(svg).toContain('Selected: Stargate Project');
    expect(svg).toContain('Source: AGI Roadmap Explorer, built from the essay');
    expect(reviewed).toMatch(/^Sources reviewed to \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(svg).toContain(`${reviewed}.`);
    expect(svg).toContain('/n/stargate/');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('agi-roadmap-stargate.png');
    const png = await readDownload(pngDownload);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2400);
    await page.context().close();
  });

  it('serves a share page per node with its own preview tags, booting the app with that node selected', async () => {
    const { page, problems } = await openApp(browser, 'n/stargate-uae/');
    await waitForTitle(page, 'Stargate UAE announced');
    expect(await page.title()).toBe('Stargate UAE announced · AGI Roadmap Explorer');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Stargate UAE announced');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary');
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toMatch(/G42/);
    // Exploring on from a share page moves to the app's own address.
    await mark(page, 'level-1').click();
    await waitForTitle(page, 'Chatbots');
    expect(new URL(page.url()).pathname).toBe(new URL(inject('baseUrl')).pathname);
    expect(new URL(page.url()).searchParams.get('node')).toBe('level-1');
    await page.goBack();
    await waitForTitle(page, 'Stargate UAE announced');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('runs the copied embed snippet inside an iframe on a host page', async () => {
    const { page } = await openApp(browser, '?node=open-weight');
    await page.getByRole('button', { name: 'Share' }).click();
    const code = (await page.locator('#share-panel pre code').textContent()) ?? '';
    const host = await page.context().newPage();
    const problems: string[] = [];
    host.on('console', (m) => m.type() === 'error' && problems.push(`${m.text()} @ ${m.location().url}`));
    // A course page served from another origin, as a teacher's site would be.
    const dir = mkdtempSync(join(tmpdir(), 'host-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Course page</title><h1>Week 3</h1>${code}</html>`,
    );
    const server = await serveStatic({ '/course/': dir });
    await host.goto(`${server.origin}/course/`.replace('127.0.0.1', 'localhost'));
    const frame = host.frameLocator('iframe[title="AGI Roadmap Explorer: Open-weight releases"]');
    await frame.locator('.node-details h2', { hasText: 'Open-weight releases' }).waitFor();
    expect(await frame.getByRole('button', { name: 'Share' }).count()).toBe(0);
    const before = await host.evaluate(() => history.length);
    await frame.locator('[data-node-id="level-2"]').click();
    await frame.locator('.node-details h2', { hasText: 'Reasoners' }).waitFor();
    expect(await host.evaluate(() => history.length)).toBe(before);
    expect(problems).toEqual([]);
    await server.close();
    await page.context().close();
  });

  it('embeds without the toolbar, keeps exploring inside the frame and never pushes history', async () => {
    const { page, problems } = await openApp(browser, '?embed&node=codex');
    await waitForTitle(page, 'Codex');
    expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Take the tour' }).count()).toBe(0);
    expect(await page.getByLabel('Highlight concern').count()).toBe(1);
    expect(await page.locator('.legend__button').count()).toBe(1);
    expect(await page.locator('svg.chart').count()).toBe(2);
    const length = await page.evaluate(() => history.length);
    await mark(page, 'sora').click();
    await waitForTitle(page, 'Sora');
    expect(await page.evaluate(() => history.length)).toBe(length);
    const url = new URL(page.url());
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('node')).toBe('sora');
    // The share page of the selection, carrying the window the selection moved the timeline to.
    expect(await page.getByRole('link', { name: 'Open in the full explorer' }).getAttribute('href')).toMatch(
      new RegExp(`^${inject('baseUrl')}n/sora/(\\?window=[^&]+)?$`),
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints a handout without controls, with the details, legend and sources, on A4 and Letter', async () => {
    const { page } = await openApp(browser, '?node=codex');
    await waitForTitle(page, 'Codex');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.zoom-controls').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Share' }).isVisible()).toBe(false);
    expect(await page.locator('.print-legend').isVisible()).toBe(true);
    expect(await details(page).locator('.source-list').isVisible()).toBe(true);
    // The handout says how fresh it is, in the details and at the foot of the page.
    expect(await details(page).getByText(`${reviewed}.`).isVisible()).toBe(true);
    expect(await page.locator('.app-footer').textContent()).toContain(`${reviewed}.`);
    expect(await page.locator('.app-footer').isVisible()).toBe(true);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 4).toString('ascii')).toBe('%PDF');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, format).toBeGreaterThanOrEqual(2);
    }
    await page.context().close();
  });
});
