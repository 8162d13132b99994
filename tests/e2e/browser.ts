import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
// The same flags and the same problem listeners as the benchmark, from one place.
import { CHROMIUM_FLAGS, recordProblems } from '../../scripts/bench/measurePage.mjs';

/** `scrollbars`: scrollbars that take room beside the page, as on most desktops (headless hides them by default). */
export function launchBrowser({ scrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_FLAGS, ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : [] });
}

export interface AppPage {
  page: Page;
  /** Console errors, page errors and failed or 4xx/5xx requests seen so far. */
  problems: string[];
}

/**
 * Opens the built app at `query` (e.g. "?node=codex") and records every console error and bad request.
 * Service workers are blocked unless a test allows them, so page.route() sees every request; `baseURL` points
 * at a test's own server; `prepare` runs before the page opens (to add an init script, say).
 */
export async function openApp(
  browser: Browser,
  query = '',
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block', ...options });
  await prepare?.(context);
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto((options.baseURL ?? inject('baseUrl')) + query);
  // The app shell renders with its charts (or the list view) in one go.
  await page.locator('.app').waitFor();
  return { page, problems };
}

export const mark = (page: Page, id: string) => page.locator(`[data-node-id="${id}"]`);
export const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

/** Waits until the details panel's heading reads `title` (the panel cross-fades between nodes). */
export async function waitForTitle(page: Page, title: string) {
  // The full details, not the heading-only placeholder shown while the details chunk loads.
  await details(page).locator('.node-details h2', { hasText: title }).waitFor();
  expect(await details(page).locator('h2').textContent()).toBe(title);
}

/**
 * Waits until the page has rendered `count` more frames. A resize observer's callback and a layout shift's entry both
 * come with the frame after the change, so two frames later a second render (or a shift) would have shown.
 */
export const nextFrames = (page: Page, count = 2) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
        step(n);
      }),
    count,
  );

/** Waits until no tour step is moving the timeline (the app marks <html data-timeline-moving> while one does). */
export const timelineAtRest = (page: Page) => page.waitForFunction(() => !document.documentElement.hasAttribute('data-timeline-moving'));

/** Records, from now on, whether a tour step's move of the timeline ever starts; read it with `movedSince`. */
export const watchTimelineMoves = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { timelineMoved: boolean };
    w.timelineMoved = document.documentElement.hasAttribute('data-timeline-moving');
    new MutationObserver(() => {
      if (document.documentElement.hasAttribute('data-timeline-moving')) w.timelineMoved = true;
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-timeline-moving'] });
  });
export const movedSince = (page: Page) => page.evaluate(() => (window as unknown as { timelineMoved: boolean }).timelineMoved);

/** A query parameter of an address, or null. */
export const param = (url: string, name: string) => new URL(url).searchParams.get(name);

/** Opens the toolbar's More menu, unless it is still open from before (its button toggles it). */
export async function openMore(page: Page) {
  const open = () => page.locator('#more-popover').evaluate((p) => p.matches(':popover-open'));
  if (!(await open())) await page.getByRole('button', { name: 'More', exact: true }).click();
  await expect.poll(open).toBe(true);
}
