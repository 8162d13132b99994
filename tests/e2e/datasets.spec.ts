import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { details, launchBrowser, mark, openApp, openMore, waitForTitle } from './browser';

const builtIn = JSON.parse(readFileSync('data/roadmap.json', 'utf8'));
const example = readFileSync('data/examples/ai-history.json', 'utf8');
const exampleTitle = JSON.parse(example).meta.title as string;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves test datasets from the app's own origin, under /sub/path/test-data/. */
async function serve(page: Page, files: Record<string, { body: string; status?: number; contentType?: string } | 'fail'>) {
  await page.context().route('**/test-data/**', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/test-data/')[1] ?? '';
    const file = files[name];
    if (file === 'fail') return route.abort('failed');
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: file.status ?? 200, contentType: file.contentType ?? 'application/json', body: file.body });
  });
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const clone = () => structuredClone(builtIn);

describe('custom datasets in Chromium', () => {
  it('loads a good dataset by ?data=, draws it, carries it in links, and resets to the built-in one', async () => {
    const { page, problems } = await openApp(browser);
    await serve(page, { 'history.json': { body: example } });
    const builtInRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/roadmap-[^/]*\.json$/.test(new URL(r.url()).pathname)) builtInRequests.push(r.url());
    });
    await page.goto(`${inject('baseUrl')}?data=test-data/history.json`);
    await page.locator('.app').waitFor();
    expect(await h1(page)).toBe(exampleTitle);
    // The built-in dataset is only the fallback here: nothing downloads it while the other one works.
    expect(builtInRequests).toEqual([]);
    expect(await mark(page, 'turing-computing-machinery').count()).toBe(1);
    await mark(page, 'phase-symbolic').click();
    await details(page).locator('.node-details h2').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('data')).toBe('test-data/history.json');
    expect(url.searchParams.get('node')).toBe('phase-symbolic');
    // Its tour presents like the built-in one.
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await page.locator('.presentation-bar [aria-label^="Step 1 of"]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.getByRole('region', { name: 'Share' }).locator('input').inputValue()).toContain('?data=test-data');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, exampleTitle);
    expect(await h1(page)).toBe('AGI Roadmap Explorer');
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a dataset from a file and by dropping it on the page', async () => {
    const { page } = await openApp(browser);
    await page.getByLabel('Dataset file').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(example) });
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, exampleTitle);
    expect(await page.locator('.dataset-menu__label').textContent()).toContain('history.json');
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'AGI Roadmap Explorer');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, example);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, exampleTitle);
    // The same file again, edited since: the page shows the new contents, not the explorer of the first.
    const edited = JSON.parse(example) as { meta: { title: string } };
    edited.meta.title = 'Edited since';
    await page.getByLabel('Dataset file').setInputFiles({ name: 'dropped.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Edited since');
    await page.context().close();
  });

  const broken = (mutate: (d: ReturnType<typeof clone>) => void) => {
    const d = clone();
    mutate(d);
    return JSON.stringify(d);
  };
  const badFiles: [string, string, RegExp[]][] = [
    ['malformed JSON', '{"meta": {', [/is not valid JSON/]],
    [
      'schema errors, every one with its path',
      broken((d) => {
        delete d.levels[0].name;
        d.milestones[3].title = 7;
      }),
      [/levels\[0\] \(level-1\)\.name: /, /milestones\[3\] \(codex-paper-humaneval\)\.title: 7 /, /2 problems/],
    ],
    [
      'a link to an id that does not exist',
      broken((d) => {
        d.milestones[0].initiative = 'no-such-lane';
      }),
      [/milestones\[0\] \(gpt-2-announced\)\.initiative: "no-such-lane" is not the id of any initiative/],
    ],
    [
      'a duplicate id',
      broken((d) => {
        d.milestones[1].id = d.milestones[0].id;
      }),
      [/milestones\[1\] \(gpt-2-announced\)\.id: "gpt-2-announced" is a duplicate id/],
    ],
    [
      'an impossible date',
      broken((d) => {
        d.milestones[2].date = '2025-02-30';
      }),
      [/milestones\[2\] \(github-copilot-preview\)\.date: "2025-02-30" is not a real calendar date/],
    ],
  ];
  for (const [name, body, expected] of badFiles) {
    it(`explains ${name} and keeps the roadmap on screen usable`, async () => {
      const { page, problems } = await openApp(browser, '?node=codex');
      await waitForTitle(page, 'Codex');
      await page.getByLabel('Dataset file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(body) });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      for (const e of expected) expect(text).toMatch(e);
      expect(text).toContain('still on screen and usable');
      // The roadmap that was there is untouched and still works.
      expect(await h1(page)).toBe('AGI Roadmap Explorer');
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await mark(page, 'sora').click();
      await waitForTitle(page, 'Sora');
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('refuses a file over the size limit without reading it', async () => {
    const { page } = await openApp(browser);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type=file]');
      const big = new File([new Uint8Array(61_000_000)], 'huge.json', { type: 'application/json' });
      const data = new DataTransfer();
      data.items.add(big);
      if (input) {
        input.files = data.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await page.getByRole('alert').filter({ hasText: 'over the 60 MB limit' }).waitFor();
    expect(await h1(page)).toBe('AGI Roadmap Explorer');
    await page.context().close();
  });

  const badUrls: [string, Record<string, { body: string; status?: number; contentType?: string } | 'fail'>, string, RegExp][] = [
    ['a 404', {}, 'test-data/missing.json', /the server answered 404/],
    ['a network failure', { 'down.json': 'fail' }, 'test-data/down.json', /network request failed/],
    [
      'a web page instead of JSON',
      { 'page.json': { body: '<!doctype html><p>hi', contentType: 'text/html' } },
      'test-data/page.json',
      /is a web page \(HTML\)/,
    ],
    ['a refused address', {}, 'javascript:alert(1)', /Only https addresses, or addresses on this app’s own site, can be loaded: not “javascript:”/],
    // The page's policy would block it; it is refused before any request, with the reason.
    ['plain http on another site', {}, 'http://example.com/data.json', /http:\/\/example\.com\/data\.json is plain http on another site/],
  ];
  for (const [name, files, dataUrl, expected] of badUrls) {
    it(`shows ${name} for ?data= over the built-in roadmap, which stays usable, with Reset`, async () => {
      const { page, problems } = await openApp(browser);
      await serve(page, files);
      page.on('dialog', () => problems.push('a dialog opened'));
      await page.goto(`${inject('baseUrl')}?data=${encodeURIComponent(dataUrl)}`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.textContent()).toMatch(expected);
      expect(await h1(page)).toBe('AGI Roadmap Explorer');
      await mark(page, 'codex').click();
      await waitForTitle(page, 'Codex');
      await alert.getByRole('button', { name: 'Reset to the built-in roadmap' }).click();
      await alert.waitFor({ state: 'detached' });
      expect(new URL(page.url()).searchParams.get('data')).toBeNull();
      // The failed request itself is expected; nothing else may go wrong.
      expect(problems.filter((p) => !/test-data|Failed to load resource/.test(p))).toEqual([]);
      await page.context().close();
    });
  }

  it('gives up on a server that never answers, after 30 seconds, over the built-in roadmap', async () => {
    const { page } = await openApp(browser);
    // The request is held and never answered, as a dead server would.
    await page.context().route('**/test-data/silent.json', () => {});
    await page.goto(`${inject('baseUrl')}?data=test-data/silent.json`);
    await page.locator('.loading', { hasText: 'Loading test-data/silent.json' }).waitFor();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 45_000 });
    expect(await alert.textContent()).toMatch(/did not answer within 30 seconds/);
    expect(await h1(page)).toBe('AGI Roadmap Explorer');
    await page.context().close();
  }, 60_000);

  it('shows dataset text as text: no markup from the data reaches the page and no script runs', async () => {
    const xss = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const d = clone();
    d.meta.title = `Title ${xss}`;
    d.meta.subtitle = xss;
    d.levels[0].name = `Chatbots ${xss}`;
    d.levels[0].summary = xss;
    d.initiatives[0].name = `Codex ${xss}`;
    d.initiatives[0].summary = xss;
    d.initiatives[0].essayClaim = xss;
    d.initiatives[0].discrepancies[0].essaySays = xss;
    d.initiatives[0].details = [xss];
    d.milestones = d.milestones.map((m: { title: string; summary: string }) => ({ ...m, title: `${m.title} ${xss}`, summary: xss }));
    d.sources[0].title = xss;
    d.sources[0].publisher = xss;
    d.tour[0].headline = xss;
    d.tour[0].narration = xss;
    const { page, problems } = await openApp(browser);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.getByLabel('Dataset file').setInputFiles({ name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)) });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Title <img'));
    expect(await h1(page)).toBe(`Title ${xss}`);
    await mark(page, 'codex').click();
    await details(page).locator('.node-details h2').waitFor();
    expect(await details(page).textContent()).toContain(xss);
    await mark(page, 'gpt-5-release').hover();
    await page.locator('.tooltip', { hasText: '<img' }).waitFor();
    await openMore(page);
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('button', { name: 'Share' }).click();
    // Escape closes the topmost layer first (the Share popover), then the selection, so the tour starts at its first step.
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Share' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await details(page).locator('.node-details').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('button', { name: 'Charts' }).click();
    await page.getByRole('button', { name: 'Take the tour' }).click();
    await page.locator('.presentation-bar__headline', { hasText: '<img' }).waitFor();
    // The one inline script is the build's own header switch, allowed by its hash.
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
