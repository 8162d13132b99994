import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { details, launchBrowser, mark, openApp, waitForTitle } from './browser';
import { serveStatic } from '../../scripts/serveStatic.mjs';
import { writeServiceWorker } from '../../scripts/offlinePlugin';

const example = readFileSync('data/examples/ai-history.json', 'utf8');
const exampleTitle = JSON.parse(example).meta.title as string;
// Every level, initiative, concern and milestone of the built-in roadmap has a share page.
const shipped = JSON.parse(readFileSync('data/roadmap.json', 'utf8'));
const sharePageCount = ['levels', 'initiatives', 'concerns', 'milestones'].reduce((n, key) => n + shipped[key].length, 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Each test serves its own copy of the build, so it can stop the server or deploy a new version into it.
const copies: string[] = [];
function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  copies.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
/** Axe on the status line only; accessibility.spec.ts checks the rest, where service workers are blocked. */
const statusViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('.offline-status').analyze()).violations.map((v) => `${v.impact} ${v.id}`);
/** The app's precache, by the URLs it holds relative to the scope. */
const precached = (page: Page) =>
  page.evaluate(async () => {
    const scope = (await navigator.serviceWorker.ready).scope;
    const names = (await caches.keys()).filter((name) => name.startsWith('roadmap-app '));
    const cache = await caches.open(names[0] ?? '');
    return { names, urls: (await cache.keys()).map((r) => r.url.slice(scope.length)) };
  });

describe('offline in Chromium', () => {
  it('after one visit, runs the app, its dataset and the share pages with the server gone', async () => {
    const dir = copyOfBuild();
    // A custom dataset beside the app, not part of the build: kept by the worker when it is loaded.
    writeFileSync(join(dir, 'history.json'), example);
    const server = await serveStatic({ '/sub/path/': dir });
    const url = `${server.origin}/sub/path/`;
    const { page, problems } = await openApp(browser, '', { baseURL: url, serviceWorkers: 'allow' });
    await status(page, 'Available offline').waitFor();
    const { names, urls } = await precached(page);
    expect(names).toHaveLength(1);
    expect(urls).toEqual(expect.arrayContaining(['', 'essay/', 'n/codex/', 'n/stargate-uae/', 'manifest.webmanifest', 'icons/icon-512.png']));
    expect(sharePageCount).toBeGreaterThan(90);
    expect(urls.filter((u) => u.startsWith('n/'))).toHaveLength(sharePageCount);
    expect(urls.some((u) => /^assets\/roadmap-.+\.json$/.test(u))).toBe(true);
    await page.goto(`${url}?data=history.json`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(exampleTitle);
    // The worker keeps a copy of the dataset as it passes through.
    await page.waitForFunction(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('roadmap-datasets '));
      return name !== undefined && (await (await caches.open(name)).keys()).length === 1;
    });

    // Playwright's offline mode does not reach a service worker's own fetches in Chromium: stop the server instead.
    await server.close();
    await expect(fetch(url)).rejects.toThrow();

    // The custom dataset comes from the worker's copy.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: exampleTitle }).waitFor();

    // The app and the built-in dataset, then a node's details (a chunk loaded on demand).
    const response = await page.goto(`${url}?node=codex`);
    expect(response?.fromServiceWorker()).toBe(true);
    await waitForTitle(page, 'Codex');
    await mark(page, 'level-3').click();
    await waitForTitle(page, 'Agents');
    await status(page, 'Available offline').waitFor();

    // The essay reads offline too, with its stylesheet.
    const essay = await page.goto(`${url}essay/`);
    expect(essay?.fromServiceWorker()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Codex, Sora, and Beyond');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.essay-section')!).borderRadius)).toBe('10px');

    // A share page is its own page from the cache, with its title and preview tags, not the root page.
    const share = await page.goto(`${url}n/stargate-uae/`);
    expect(share?.fromServiceWorker()).toBe(true);
    await waitForTitle(page, 'Stargate UAE announced');
    expect(await page.title()).toBe('Stargate UAE announced · AGI Roadmap Explorer');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Stargate UAE announced');
    // And the app explores on from it.
    await mark(page, 'level-1').click();
    await waitForTitle(page, 'Chatbots');
    expect(new URL(page.url()).searchParams.get('node')).toBe('level-1');
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('region', { name: 'Share' }).getByRole('img', { name: /QR/ }).waitFor();
    await page.keyboard.press('Escape');

    // With the device offline too, the header says the page runs from the saved copy.
    await page.context().setOffline(true);
    await status(page, 'Offline: using the saved copy').waitFor();
    expect(await statusViolations(page)).toEqual([]);
    await mark(page, 'sora').click();
    await waitForTitle(page, 'Sora');
    expect(await details(page).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('updates to a new deployment only when asked, then every page and file comes from the new version', async () => {
    const dir = copyOfBuild();
    const server = await serveStatic({ '/sub/path/': dir });
    const url = `${server.origin}/sub/path/`;
    const { page, problems } = await openApp(browser, 'n/codex/', { baseURL: url, serviceWorkers: 'allow', colorScheme: 'dark' });
    await status(page, 'Available offline').waitFor();
    const before = (await precached(page)).names;
    expect(await page.title()).toBe('Codex · AGI Roadmap Explorer');

    // Deploy a new version: one share page changes, and the worker is written anew, as the build does.
    const codexPage = join(dir, 'n/codex/index.html');
    writeFileSync(codexPage, readFileSync(codexPage, 'utf8').replace('<title>Codex ·', '<title>Codex, v2 ·'));
    await writeServiceWorker(dir, 'src/offline/serviceWorker.ts');

    // A reload finds the new version, but keeps showing the old one, whole, until the person chooses.
    await page.reload();
    await status(page, 'A new version is available').waitFor();
    expect(await statusViolations(page)).toEqual([]);
    expect(await page.title()).toBe('Codex · AGI Roadmap Explorer');
    await waitForTitle(page, 'Codex');

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForFunction(() => document.title.startsWith('Codex, v2 ·'));
    await waitForTitle(page, 'Codex');
    await status(page, 'Available offline').waitFor();
    const after = (await precached(page)).names;
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(problems).toEqual([]);
    await server.close();
    await page.context().close();
  });

  it('links an installable web manifest whose icons load, from the app and from share pages', async () => {
    const { page, problems } = await openApp(browser, 'n/codex/');
    const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((link: HTMLLinkElement) => link.href);
    expect(manifestUrl).toBe(`${inject('baseUrl')}manifest.webmanifest`);
    const response = await page.request.get(manifestUrl);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: 'AGI Roadmap Explorer', start_url: './', scope: './', display: 'standalone' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
    expect(pngs.map((icon: { sizes: string; purpose?: string }) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const file = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe(icon.type);
      if (icon.type !== 'image/png') continue;
      const png = await file.body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
