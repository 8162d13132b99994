import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, mark, openApp, param, timelineAtRest } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const catalogue = (language: string): Record<string, string> => JSON.parse(readFileSync(`src/i18n/locales/${language}.json`, 'utf8'));
const english = catalogue('en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each English message a translation words differently, as a pattern for a whole string of the page: plain text as
 * it is, a simple placeholder (`{name}`) as any text. Messages with plurals or selects are left out.
 */
function englishPatterns(language: string): { id: string; pattern: RegExp }[] {
  const translated = catalogue(language);
  return Object.entries(english)
    .filter(([id, text]) => translated[id] !== text && !/\{\s*\w+\s*,/.test(text) && /\p{L}{2,}/u.test(text.replace(/\{\s*\w+\s*\}/g, '')))
    .map(([id, text]) => ({
      id,
      pattern: new RegExp(
        `^${text
          .split(/\{\s*\w+\s*\}/)
          .map(escape)
          .join('.+')}$`,
        'u',
      ),
    }));
}

/** Every text node's text and every spoken attribute's value in the page, trimmed. */
const pageStrings = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !parent.closest('script, style')) found.push(node.textContent!.trim());
    }
    for (const attribute of ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'])
      for (const el of document.querySelectorAll(`[${attribute}]`)) found.push(el.getAttribute(attribute)!.trim());
    found.push(document.title.trim());
    return found.filter(Boolean);
  });

async function untranslated(page: Page, language: string) {
  const strings = [...new Set(await pageStrings(page))];
  return englishPatterns(language).flatMap(({ id, pattern }) => strings.filter((s) => pattern.test(s)).map((s) => `${id}: ${s}`));
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the interface in each language, in Chromium', () => {
  for (const language of ['de', 'fr', 'es', 'ar']) {
    it(`speaks ${language} only, with no English from the catalogue, and axe finds nothing`, async () => {
      const { page, problems } = await openApp(browser, `?lang=${language}&node=codex`);
      await page.locator(`html[lang="${language}"]`).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.locator('.node-details h2').waitFor();
      // The More menu's controls, and a hover tooltip on the timeline, bring their words into the page too.
      await page.locator('.more-menu__button').click();
      await page.locator('#more-popover').evaluate((p) => p.matches(':popover-open'));
      expect(await untranslated(page, language)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('finds the catalogue’s English in an English page, so the check above can fail', async () => {
    const { page } = await openApp(browser, '?node=codex');
    await page.locator('.node-details h2').waitFor();
    expect((await untranslated(page, 'de')).length).toBeGreaterThan(20);
    await page.context().close();
  });

  it('switches language from the More menu without losing the selection, the window or the filters', async () => {
    const { page } = await openApp(browser, '?node=sora&window=2024-01-01..2026-01-01&concern=data-privacy');
    await page.locator('.node-details h2').waitFor();
    const before = await mark(page, 'sora-android').boundingBox();
    await page.locator('.more-menu__button').click();
    await page.locator('#more-popover select').last().selectOption('fr');
    await page.locator('html[lang="fr"]').waitFor();
    expect(param(page.url(), 'lang')).toBe('fr');
    expect(param(page.url(), 'node')).toBe('sora');
    expect(param(page.url(), 'window')).toBe('2024-01-01..2026-01-01');
    expect(param(page.url(), 'concern')).toBe('data-privacy');
    await expect.poll(() => page.locator('.more-menu__button').textContent()).toBe(catalogue('fr')['more.button']);
    expect(await page.locator('.node-details h2').textContent()).toBe('Sora');
    // The same window: the mark stands where it stood.
    const after = await mark(page, 'sora-android').boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    // A reload opens in the chosen language on the same view.
    await page.reload();
    await page.locator('html[lang="fr"]').waitFor();
    await page.locator('.node-details h2').waitFor();
    expect(param(page.url(), 'node')).toBe('sora');
    await page.context().close();
  });

  it('runs a tour step in Arabic mirrored, with time still running left to right', async () => {
    const { page, problems } = await openApp(browser, '?lang=ar&present=2', { viewport: { width: 1920, height: 1080 } });
    await page.locator('html[dir="rtl"][lang="ar"]').waitFor();
    await page.locator('.node-details h2').waitFor();
    await timelineAtRest(page);
    // The page's start is on the right: each chart's heading stands at the right of its section.
    for (const id of ['app.layout.timelineTitle']) {
      // The text's own extent: a heading's box spans its section's width.
      const heading = await page.getByRole('heading', { name: catalogue('ar')[id], exact: true }).evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        return { x: r.x, width: r.width };
      });
      const section = (await page.locator('.timeline__svg').boundingBox())!;
      expect(heading.x + heading.width / 2, id).toBeGreaterThan(section.x + section.width / 2);
    }
    // The presentation bar, at the end of the line in English (right), stands at the left of the charts here.
    const bar = (await page.locator('.presentation-bar').boundingBox())!;
    const charts = (await page.locator('.timeline__svg').boundingBox())!;
    expect(bar.x + bar.width / 2).toBeLessThan(charts.x + charts.width / 2);
    // The step's narration is in Arabic.
    expect(await page.locator('.presentation-bar__narration').textContent()).toMatch(/\p{Script=Arabic}{3,}/u);
    // Earlier milestones stand left of later ones: the Codex CLI (April 2025) left of the Windows app (March 2026).
    const early = (await mark(page, 'codex-cli-release').boundingBox())!;
    const late = (await mark(page, 'codex-windows-app').boundingBox())!;
    expect(early.x).toBeLessThan(late.x);
    const ticks = await page.locator('.timeline__svg .tick text').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    expect(await untranslated(page, 'ar')).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
