import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { details, launchBrowser, mark, openApp, openMore, waitForTitle } from './browser';
import { serveStatic } from '../../scripts/serveStatic.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const search = (page: Page) => page.getByRole('combobox', { name: 'Search the roadmap' });

const SHEET = [
  'date,title,lane,summary,level,concerns,source_url,source_title,id,confidence',
  '2023-03,Class wiki opens,Projects,The first page goes up.,Chatbots,Privacy,https://example.org/wiki,Wiki news,,secondary',
  '2024-05-16,Robot club,Projects,,Agents,,,,,',
  '2025,School AI policy,Rules,Agreed by the governors.,,Privacy; Fairness,,,,',
].join('\n');

/** Saves what a click downloads and returns its text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Opens More, then its Download list unless it is still open from before. */
async function openDownloads(page: Page) {
  await openMore(page);
  const menu = page.locator('.data-downloads');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return menu;
}

async function openFile(page: Page, name: string, text: string, mimeType = 'text/csv') {
  await page.getByLabel('Dataset file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

describe('search in Chromium', () => {
  it('finds a node by a typo, selects it with Enter, and keeps the query in the URL', async () => {
    const { page, problems } = await openApp(browser);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('stargat');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Stargate');
    await page.getByRole('status').filter({ hasText: /found/ }).first().waitFor();
    // Matches light up in the charts once typing pauses: a non-match is dimmed.
    await expect.poll(() => mark(page, 'sora').getAttribute('class')).toMatch(/dimmed/);
    await page.keyboard.press('Enter');
    await waitForTitle(page, 'Stargate Project');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'stargat');
    // q= round-trips: a reload shows the query and its matches.
    await page.reload();
    await page.locator('.app').waitFor();
    expect(await search(page).inputValue()).toBe('stargat');
    await page.waitForFunction(() => document.querySelector('[data-node-id="sora"]')?.getAttribute('class')?.includes('dimmed'));
    // Ctrl+K goes to the field from anywhere; a date as read finds milestones of that month.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Octobr 2025');
    // Answers arrive per keystroke: wait for the one to the whole query ("Octobr 202" still ranks 2024 first).
    await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 5000 }).toContain('October 2025');
    // The list view marks the matches too, and the filters travel in the URL.
    await page.goto(`${inject('baseUrl')}?q=stargat&view=list&confidence=primary`);
    await page.locator('.list-view').waitFor();
    await page.locator('.list-item--related').first().waitFor();
    expect(await page.locator('.list-item--related', { hasText: 'Stargate' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.search__filter select').last().inputValue()).toBe('primary');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a roadmap from a spreadsheet in Chromium', () => {
  it('loads a CSV by ?data= and by file, noting what it lacks', async () => {
    const { page, problems } = await openApp(browser);
    await page.context().route('**/test-data/**', (route) => route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: SHEET }));
    // A spreadsheet's "publish to the web as CSV" address has no .csv in its path: the content type says it.
    await page.goto(`${inject('baseUrl')}?data=${encodeURIComponent('test-data/pub?gid=0&single=true&output=csv')}`);
    await page.locator('.app').waitFor();
    expect(await h1(page)).toBe('Roadmap from a spreadsheet');
    expect(await mark(page, 'robot-club').count()).toBe(1);
    await page.getByText('2 milestones have no source.').waitFor();
    await mark(page, 'robot-club').click();
    await waitForTitle(page, 'Robot club');
    expect(await details(page).getByText('No summary given.').count()).toBe(1);

    await openFile(page, 'class-roadmap.csv', SHEET);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'class-roadmap');
    expect(await mark(page, 'school-ai-policy').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reports a malformed row by row and column, and keeps the roadmap on screen', async () => {
    const { page } = await openApp(browser);
    const bad = SHEET.replace('2024-05-16,Robot club', '2024-13-16,Robot club');
    await openFile(page, 'bad.csv', bad);
    const alert = page.getByRole('alert');
    await alert.getByText('That dataset could not be loaded').waitFor();
    const problem = await alert.locator('.dataset-error__problems li').first().textContent();
    expect(problem).toBe('row 3 (robot-club), column date: "2024-13-16" is not a real calendar date');
    expect(await h1(page)).toBe('AGI Roadmap Explorer');
    await page.context().close();
  });

  it('downloads the template, which loads and downloads back unchanged', async () => {
    const { page } = await openApp(browser);
    const menu = await openDownloads(page);
    const template = await download(page, () => menu.getByRole('button', { name: 'Download template' }).click());
    expect(template.name).toBe('roadmap-template.csv');
    expect(template.text.split('\r\n')[0]).toBe('date,title,lane,summary,level,concerns,source_url,source_title,id,confidence');
    await openFile(page, template.name, template.text);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'roadmap-template');
    await openDownloads(page);
    const back = await download(page, () => page.locator('.data-downloads').getByRole('button', { name: 'Download data (CSV)' }).click());
    expect(back.text).toBe(template.text);
    const json = await download(page, () => page.locator('.data-downloads').getByRole('button', { name: 'Download data (JSON)' }).click());
    expect(JSON.parse(json.text).milestones).toHaveLength(2);
    await page.context().close();
  });
});

describe('a roadmap shared in a link, with no server', () => {
  it('puts a file-opened roadmap in the link, which opens it elsewhere with no request for it; a cut link says so', async () => {
    const { page } = await openApp(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openFile(page, 'class-roadmap.csv', SHEET);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'class-roadmap');
    await mark(page, 'robot-club').click();
    await waitForTitle(page, 'Robot club');
    await page.getByRole('button', { name: 'Share' }).click();
    const panel = page.getByRole('region', { name: 'Share' });
    await panel.getByText(/This link carries the roadmap itself \([\d,]+ characters\)/).waitFor();
    await panel.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\?node=robot-club#data=[A-Za-z0-9_-]+$/);
    await page.context().close();

    // A fresh browser context: nothing of the first one is shared.
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const other = await fresh.newPage();
    const requests: string[] = [];
    other.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await other.goto(link);
    await other.locator('.app').waitFor();
    await other.waitForFunction(() => document.querySelector('h1')?.textContent === 'class-roadmap');
    await waitForTitle(other, 'Robot club');
    // The page's own files only: no dataset, neither this one nor the built-in one.
    expect(requests.filter((p) => /\.(json|csv)$/.test(p) && !p.endsWith('manifest.webmanifest'))).toEqual([]);
    // The link's own address keeps the roadmap as the view changes.
    await mark(other, 'class-wiki-opens').click();
    await waitForTitle(other, 'Class wiki opens');
    expect(other.url()).toContain('#data=');

    await other.goto(link.slice(0, link.length - 12));
    const alert = other.getByRole('alert');
    await alert.getByText(/damaged or was cut short/).waitFor();
    await other.waitForFunction(() => document.querySelector('h1')?.textContent === 'AGI Roadmap Explorer');
    await fresh.close();
  });

  it('opens such a link offline once the app has been visited, search included', async () => {
    // A copy of the build on a server of its own, so the test can stop it.
    const dir = mkdtempSync(join(tmpdir(), 'fragment-offline-'));
    cpSync(inject('distDir'), dir, { recursive: true });
    const server = await serveStatic({ '/sub/path/': dir });
    try {
      const { page, problems } = await openApp(browser, '', { baseURL: `${server.origin}/sub/path/`, serviceWorkers: 'allow' });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor();
      await openFile(page, 'class-roadmap.csv', SHEET);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'class-roadmap');
      await page.getByRole('button', { name: 'Share' }).click();
      const panel = page.getByRole('region', { name: 'Share' });
      await panel.getByText(/carries the roadmap itself/).waitFor();
      await panel.getByRole('button', { name: 'Copy link' }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      await server.close();
      await page.goto(link);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'class-roadmap');
      await search(page).click();
      await page.keyboard.type('robt club');
      await page.getByRole('option', { name: /Robot club/ }).waitFor();
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await server.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
