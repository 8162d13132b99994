import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { details, launchBrowser, mark, movedSince, nextFrames, openApp, waitForTitle, watchTimelineMoves } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page) {
  // label-content-name-mismatch (WCAG 2.5.3: a name starts with the visible text) is experimental, so off by default.
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);

describe('accessibility in Chromium', () => {
  const views: [string, string, BrowserContextOptions][] = [
    ['default view, light', '', { colorScheme: 'light' }],
    ['a selected node, light', '?node=stargate-uae', { colorScheme: 'light' }],
    ['the list view', '?view=list&node=codex', { colorScheme: 'light' }],
    ['default view, dark', '', { colorScheme: 'dark' }],
    ['a selected node, dark', '?node=codex', { colorScheme: 'dark' }],
    ['the list view, dark', '?view=list', { colorScheme: 'dark' }],
    ['presentation mode (projector theme)', '?present=4', { viewport: { width: 1920, height: 1080 } }],
  ];
  for (const [name, query, options] of views) {
    it(`has no axe violations of any impact: ${name}`, async () => {
      const { page, problems } = await openApp(browser, query, options);
      if (query.includes('node=') || query.includes('present=')) await details(page).locator('.node-details h2').waitFor();
      // The presentation bar (with the step's headline, the page's h1 while presenting) is a chunk of its own.
      if (query.includes('present=')) await page.locator('.presentation-bar h1').waitFor();
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('meets WCAG AAA contrast (enhanced) in the projector theme', async () => {
    const { page } = await openApp(browser, '?present=4', { viewport: { width: 1920, height: 1080 } });
    await details(page).locator('.node-details h2').waitFor();
    const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('reaches, selects and clears nodes in both charts with the keyboard alone, one Tab stop per chart', async () => {
    const { page } = await openApp(browser);
    const tabTo = async (predicate: (id: string | null) => boolean) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const id = await focusedId(page);
        if (predicate(id)) return id;
      }
      throw new Error('never reached');
    };
    expect(await tabTo((id) => id === 'level-1')).toBe('level-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedId(page)).toBe('level-3');
    await page.keyboard.press('Enter');
    await waitForTitle(page, 'Agents');
    await page.keyboard.press('Escape');
    await details(page).locator('h2').waitFor({ state: 'detached' });
    expect(await focusedId(page)).toBe('level-3');

    // One more Tab leaves the roadmap for the timeline's single stop (past its zoom buttons).
    const first = await tabTo(
      (id) =>
        id !== null &&
        !id.startsWith('level-') &&
        !['codex', 'sora', 'super-assistant', 'consumer-hardware', 'stargate', 'openai-for-countries', 'open-weight'].includes(id),
    );
    await page.keyboard.press('ArrowRight');
    const second = await focusedId(page);
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowDown');
    const third = await focusedId(page);
    expect(third).not.toBe(second);
    await page.keyboard.press(' ');
    await details(page).locator('.node-details h2').waitFor();
    await expect(mark(page, third ?? '').getAttribute('class')).resolves.toContain('is-selected');
    expect(await page.locator('[data-announcer]').textContent()).toMatch(/^Selected milestone: /);
    await page.keyboard.press('Escape');
    await details(page).locator('h2').waitFor({ state: 'detached' });

    // + and − zoom the timeline when it has focus; 0 resets.
    await mark(page, third ?? '').focus();
    await page.keyboard.press('+');
    expect(await page.getByRole('button', { name: 'Reset zoom' }).isDisabled()).toBe(false);
    await page.keyboard.press('0');
    expect(await page.getByRole('button', { name: 'Reset zoom' }).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('opens the shortcut sheet with ?, lists the presentation keys, and gives focus back on Esc', async () => {
    const { page } = await openApp(browser);
    await page.getByRole('button', { name: 'Share' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { name: 'Keyboard shortcuts' }).count()).toBe(1);
    const text = (await dialog.textContent()) ?? '';
    for (const key of ['Page Down', 'Page Up', 'Blank the screen', 'QR code', 'Zoom the timeline']) expect(text).toContain(key);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    await page.context().close();
  });

  it('switches to the list view from the toolbar and the URL, sharing the selection with the charts', async () => {
    const { page } = await openApp(browser, '?node=sora');
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('button', { name: 'List' }).click();
    const list = page.getByRole('region', { name: 'The roadmap as a list' });
    await list.waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    expect(await list.getByRole('button', { name: 'Sora', exact: true }).getAttribute('aria-current')).toBe('true');
    expect(await page.locator('[data-node-id]:visible').count()).toBe(0);
    await list.getByRole('button', { name: 'Stargate UAE announced' }).click();
    await waitForTitle(page, 'Stargate UAE announced');
    expect(await list.getByText('22 May 2025').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('button', { name: 'Charts' }).click();
    await expect(mark(page, 'stargate-uae').getAttribute('class')).resolves.toContain('is-selected');
    await page.goBack();
    await list.waitFor();
    await page.context().close();
  });

  it('animates nothing under prefers-reduced-motion: no transitions, fades or zoom tweens', async () => {
    const { page } = await openApp(browser, '', { reducedMotion: 'reduce', viewport: { width: 1920, height: 1080 } });
    await mark(page, 'codex').click();
    await waitForTitle(page, 'Codex');
    await mark(page, 'sora').click();
    await waitForTitle(page, 'Sora');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(await mark(page, 'codex').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    // A presentation step moves the timeline at once.
    await page.keyboard.press('p');
    const step = page.locator('.presentation-bar [aria-label^="Step "]');
    await step.waitFor();
    const before = await page.locator('.timeline__svg .tick text').allTextContents();
    const stepBefore = await step.getAttribute('aria-label');
    await watchTimelineMoves(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step.getAttribute('aria-label')).not.toBe(stepBefore);
    await nextFrames(page);
    const during = await page.locator('.timeline__svg .tick text').allTextContents();
    // It jumped: the step's window is there within its first frames, and no move ever ran towards it.
    expect(during).not.toEqual(before);
    expect(await movedSince(page)).toBe(false);
    await nextFrames(page, 5);
    expect(await page.locator('.timeline__svg .tick text').allTextContents()).toEqual(during);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.context().close();
  });

  it('keeps every control at least 44×44 px on a 390×844 phone', async () => {
    const { page } = await openApp(browser, '?node=codex', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await waitForTitle(page, 'Codex');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, summary, a[href]')]
        // Links inside running text are exempt from target size (WCAG 2.2, 2.5.8); every control is not.
        .filter((el) => (el as HTMLElement).offsetParent !== null && !(el.tagName === 'A' && el.closest('.source-list, p, li')))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(({ el, r }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await page.context().close();
  });

  it('still works with text zoomed to 200%', async () => {
    const { page } = await openApp(browser, '', { viewport: { width: 1280, height: 800 } });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('region', { name: 'Share' }).waitFor();
    await page.keyboard.press('Escape');
    await mark(page, 'codex').click();
    await waitForTitle(page, 'Codex');
    await page.context().close();
  });
});
