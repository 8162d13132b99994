import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { recordProblems } from '../../scripts/bench/measurePage.mjs';
import { launchBrowser, waitForTitle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the essay page in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the essay with what sources say, and passes axe (${colorScheme})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme, serviceWorkers: 'block' });
      const page = await context.newPage();
      const problems = recordProblems(page);
      await page.goto(`${inject('baseUrl')}essay/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Codex, Sora, and Beyond');
      expect(await page.getByRole('heading', { name: '4.4 National Partnerships through “OpenAI for Countries”' }).count()).toBe(1);
      // Section 2 is followed by the sources' view of its claims, each with the sources to read.
      const check = page.getByRole('complementary', { name: 'What public sources say about section 2' });
      expect(await check.getByText('Sources say').count()).toBeGreaterThan(0);
      expect(await check.getByRole('list', { name: 'Sources' }).first().getByRole('link').count()).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('opens a section’s node in the explorer', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(`${inject('baseUrl')}essay/`);
    await page.getByRole('link', { name: 'Open “Codex” in the explorer' }).click();
    await page.locator('.app').waitFor();
    await waitForTitle(page, 'Codex');
    expect(new URL(page.url()).searchParams.get('node')).toBe('codex');
    expect(problems).toEqual([]);
    await context.close();
  });
});
