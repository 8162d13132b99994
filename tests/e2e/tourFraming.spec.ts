import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './browser';
import type { Roadmap } from '../../src/dataset/schema';
import { tourSubject } from '../../src/dataset/tourSubject';

const datasets: { name: string; text: string; query: string }[] = [
  { name: 'the built-in roadmap', text: readFileSync('data/roadmap.json', 'utf8'), query: '' },
  { name: 'the AI history example', text: readFileSync('data/examples/ai-history.json', 'utf8'), query: 'data=test-data/ai-history.json&' },
];
const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  /** Each subject element, with whether its box lies inside the visible part of its chart. */
  inside: Record<string, boolean>;
  /** Subject marks drawn smaller than 24px across. */
  small: string[];
  labels: string[];
  ticks: string[];
  roadmapWhole: boolean;
}

/**
 * What the audience sees of a step: the subject's marks inside the visible part of their chart (the charts'
 * column, the timeline's plot below its axis), the step's labels drawn on screen, and the axis labels in view.
 */
function look(page: Page, ids: string[], level: boolean): Promise<Seen> {
  return page.evaluate(
    ({ ids, level }) => {
      // A plain copy: a DOMRect's sides are getters, which spreading would drop.
      const { top, bottom, left, right } = document.querySelector('.charts')!.getBoundingClientRect();
      const column = { top, bottom, left, right };
      const visible = (r: DOMRect, area: { top: number; bottom: number; left: number; right: number }) =>
        r.width > 0 && r.top >= area.top - 1 && r.bottom <= area.bottom + 1 && r.left >= area.left - 1 && r.right <= area.right + 1;
      const roadmap = document.querySelector('.roadmap')!.getBoundingClientRect();
      const svg = document.querySelector('.timeline__svg')!.getBoundingClientRect();
      const band = document.querySelector('.timeline__svg .axis__band')?.getBoundingClientRect();
      // The plot starts where the lane labels end; the axis band covers the lanes that scrolled under it.
      const plotLeft = Math.max(...[...document.querySelectorAll('.lane__label')].map((t) => t.getBoundingClientRect().right));
      const timeline = {
        top: Math.max(column.top, band?.bottom ?? svg.top),
        bottom: Math.min(column.bottom, svg.bottom),
        left: plotLeft,
        right: Math.min(column.right, svg.right),
      };
      const inside: Record<string, boolean> = {};
      const small: string[] = [];
      for (const id of ids) {
        const el = document.querySelector(level ? `.roadmap [data-node-id="${id}"]` : `.timeline__svg [data-node-id="${id}"]`);
        const r = el?.getBoundingClientRect();
        inside[id] = !!r && visible(r, level ? { ...column, top: Math.max(column.top, roadmap.top) } : timeline);
        if (!r || Math.min(r.width, r.height) < 23.5) small.push(id);
      }
      const labelled = level
        ? ids.map((id) => document.querySelector(`.roadmap [data-node-id="${id}"] text.level-mark__name`))
        : [...document.querySelectorAll('.timeline__svg .subject-label')];
      const labels = labelled
        .filter((t): t is Element => !!t && visible(t.getBoundingClientRect(), { ...column, left: column.left - 1, right: column.right + 1 }))
        .filter((t) => parseFloat(getComputedStyle(t).fontSize) >= 20)
        .map((t) => t.textContent ?? '');
      const ticks = [...document.querySelectorAll('.timeline__svg .tick text')]
        .filter((t) => visible(t.getBoundingClientRect(), column))
        .map((t) => t.textContent ?? '');
      return { inside, small, labels, ticks, roadmapWhole: roadmap.top >= column.top - 1 && roadmap.bottom <= column.bottom + 1 };
    },
    { ids, level },
  );
}

/**
 * Whether the axis in view lets the room read `year`: it names it, or the year lies among the years it names (one
 * step of its ticks beyond the first or last counts: a mark just left of "2025" on a yearly axis is in 2024).
 */
function axisReads(ticks: string[], year: number): boolean {
  const years = ticks
    .map((t) => /(\d{4})$/.exec(t)?.[1])
    .filter(Boolean)
    .map(Number);
  if (!years.length) return false;
  const step = years.length > 1 ? Math.min(...years.slice(1).map((y, i) => y - years[i]!)) : 0;
  return years.includes(year) || (year >= years[0]! - step && year <= years.at(-1)! + step);
}

for (const dataset of datasets) {
  const roadmap = JSON.parse(dataset.text) as Roadmap;
  const tour = roadmap.tour!;
  for (const size of sizes) {
    describe(`${dataset.name} at ${size.width}×${size.height}`, () => {
      it('frames every step of the tour: its marks in view and labelled large, the axis naming its year', { timeout: 180_000 }, async () => {
        const { page, problems } = await openApp(browser, '', { viewport: size, reducedMotion: 'reduce' });
        await page.context().route('**/test-data/**', (route) => route.fulfill({ contentType: 'application/json', body: dataset.text }));
        await page.goto(`${inject('baseUrl')}?${dataset.query}present=1`);
        for (let n = 1; n <= tour.length; n++) {
          if (n > 1) await page.keyboard.press('PageDown');
          await page.locator(`.presentation-bar [aria-label="Step ${n} of ${tour.length}"]`).waitFor();
          const step = tour[n - 1]!;
          const subject = tourSubject(roadmap, step.nodeId);
          const level = subject.kind === 'level';
          const ids = subject.kind === 'level' ? [subject.levelId] : subject.milestones.map((m) => m.id);
          await page.waitForFunction((id) => new URLSearchParams(location.search).get('node') === id, step.nodeId);
          const problemsOf = (seen: Seen) => {
            const found = Object.entries(seen.inside)
              .filter(([, ok]) => !ok)
              .map(([id]) => `${id} outside the visible chart`);
            found.push(...seen.small.map((id) => `${id} drawn smaller than 24px`));
            const label = seen.labels[0]?.replace(/…$/, '');
            if (!label) found.push('no large label on screen');
            if (level) {
              if (!seen.roadmapWhole) found.push('the levels chart is not wholly in view');
              if (label !== roadmap.levels.find((l) => l.id === step.nodeId)!.name) found.push(`labelled ${label}`);
            } else {
              if (ids.length === 1 && label && !subject.milestones[0]!.title.startsWith(label)) found.push(`labelled ${label}`);
              const year = Number(subject.milestones[0]!.date.slice(0, 4));
              if (!axisReads(seen.ticks, year)) found.push(`the axis (${seen.ticks.join(' ')}) does not read ${year}`);
            }
            return found;
          };
          // The step jumps (reduced motion); the column scrolls on the next frame, and again if the layout settles.
          await expect.poll(async () => problemsOf(await look(page, ids, level)), { message: `step ${n} (${step.nodeId})`, timeout: 3_000 }).toEqual([]);
        }
        expect(problems).toEqual([]);
        await page.context().close();
      });
    });
  }
}
