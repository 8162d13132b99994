import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, mark, movedSince, nextFrames, openApp, timelineAtRest, watchTimelineMoves } from './browser';

const data = JSON.parse(readFileSync('data/roadmap.json', 'utf8')) as { tour: { nodeId: string; headline: string; narration: string }[] };
const total = data.tour.length;
const projector = { viewport: { width: 1920, height: 1080 } };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const indicator = (page: Page) => page.locator('.presentation-bar [aria-label^="Step "]');
async function expectStep(page: Page, n: number) {
  await page.locator(`.presentation-bar [aria-label="Step ${n} of ${total}"]`).waitFor();
  expect(await indicator(page).textContent()).toBe(`${n} / ${total}`);
  await page.waitForFunction((k) => new URLSearchParams(location.search).get('present') === String(k), n);
  const step = data.tour[n - 1]!;
  expect(await page.locator('.presentation-bar__headline').textContent()).toBe(step.headline);
  await expect(mark(page, step.nodeId).count()).resolves.toBeLessThanOrEqual(1);
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('node') === id, step.nodeId);
}

describe('presentation mode in Chromium', () => {
  it('drives the whole tour by keyboard and clicker keys, then leaves with Esc keeping the node', async () => {
    const { page, problems } = await openApp(browser, '', projector);
    const historyLength = await page.evaluate(() => history.length);
    await page.keyboard.press('p');
    await expectStep(page, 1);
    const forward = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press(forward[n % forward.length]!);
      await expectStep(page, n);
    }
    await page.keyboard.press('PageDown'); // past the end stays on the last step
    await expectStep(page, total);
    await page.keyboard.press('PageUp');
    await expectStep(page, total - 1);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, total - 2);
    await page.keyboard.press('Home');
    await expectStep(page, 1);
    await page.keyboard.press('End');
    await expectStep(page, total);
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expectStep(page, 12);
    expect(await page.evaluate(() => history.length)).toBe(historyLength); // steps replace, never push

    await page.keyboard.press('b');
    expect(await page.getByRole('region', { name: 'Blank screen' }).isVisible()).toBe(true);
    await page.keyboard.press('B');
    expect(await page.getByRole('region', { name: 'Blank screen' }).count()).toBe(0);

    await page.keyboard.press('q');
    const qr = page.getByRole('img', { name: /QR code for step 12/ });
    await qr.waitFor();
    expect((await qr.boundingBox())?.width ?? 0).toBeGreaterThan(500);
    await page.keyboard.press('Escape'); // closes the QR first
    await qr.waitFor({ state: 'detached' });
    expect(await indicator(page).count()).toBe(1);

    await page.keyboard.press('Escape'); // then leaves presentation mode
    await indicator(page).waitFor({ state: 'detached' });
    const nodeId = data.tour[11]!.nodeId;
    await expect(mark(page, nodeId).getAttribute('class')).resolves.toContain('is-selected');
    const url = new URL(page.url());
    expect(url.searchParams.get('present')).toBeNull();
    expect(url.searchParams.get('node')).toBe(nodeId);
    expect(await page.getByRole('button', { name: 'Share' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens at ?present=<step>, clamps an out-of-range step with a notice, and starts P at the selected node', async () => {
    const a = await openApp(browser, '?present=3', projector);
    await expectStep(a.page, 3);
    await a.page.context().close();
    const b = await openApp(browser, '?present=99', projector);
    await expectStep(b.page, total);
    await b.page.getByRole('status').filter({ hasText: 'There is no step 99' }).waitFor();
    await b.page.context().close();
    const stepOfStargate = data.tour.findIndex((s) => s.nodeId === 'stargate') + 1;
    const c = await openApp(browser, '?node=stargate', projector);
    // P starts at the selected node's step (Take the tour starts at step 1; firstScreen.spec checks it).
    await c.page.keyboard.press('p');
    await expectStep(c.page, stepOfStargate);
    await c.page.context().close();
  });

  it('uses projector sizes: body text of at least 24px at 1920×1080, and no serious axe violations', async () => {
    const { page } = await openApp(browser, '?present=2', projector);
    await expectStep(page, 2);
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.querySelector('.app')!).fontSize),
      narration: parseFloat(getComputedStyle(document.querySelector('.presentation-bar__narration')!).fontSize),
      headline: parseFloat(getComputedStyle(document.querySelector('.presentation-bar__headline')!).fontSize),
      panel: parseFloat(getComputedStyle(document.querySelector('.details-panel')!).fontSize),
    }));
    expect(sizes.body).toBeGreaterThanOrEqual(24);
    expect(sizes.narration).toBeGreaterThanOrEqual(24);
    expect(sizes.headline).toBeGreaterThanOrEqual(40);
    expect(sizes.panel).toBeGreaterThanOrEqual(24);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.context().close();
  });

  it('goes full screen when started with P, and leaving full screen through the browser leaves presentation mode', async () => {
    const { page } = await openApp(browser, '?node=sora', projector);
    await page.keyboard.press('P');
    await indicator(page).waitFor();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.evaluate(() => document.exitFullscreen());
    await indicator(page).waitFor({ state: 'detached' });
    await expect(mark(page, 'sora').getAttribute('class')).resolves.toContain('is-selected');
    await page.context().close();
  });

  it('fits one screen at 1920×1080, keeps the step in view, and never lets the headline scroll away', async () => {
    const { page } = await openApp(browser, '', projector);
    await page.keyboard.press('p');
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectStep(page, n);
      // The timeline's move, then the scroll to the mark, which follows it.
      await timelineAtRest(page);
      expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
      const headline = await page.locator('.presentation-bar__headline').boundingBox();
      expect(headline?.y ?? -1).toBeGreaterThanOrEqual(0);
      const id = data.tour[n - 1]!.nodeId;
      // Concern steps have no chart mark of their own; every other step's mark must be on screen.
      if (await mark(page, id).count()) {
        const onScreen = async () => {
          const box = await mark(page, id).boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 1080;
        };
        await expect.poll(onScreen, { message: `${id} on screen` }).toBe(true);
      }
    }
    await page.context().close();
  });

  it('shows the QR code above a blank screen, and says so when a typed step is out of range', async () => {
    const { page } = await openApp(browser, '?present=2', projector);
    await expectStep(page, 2);
    await page.keyboard.press('b');
    await page.keyboard.press('q');
    expect(await page.getByRole('region', { name: 'Blank screen' }).count()).toBe(0);
    await page.getByRole('img', { name: /QR code for step 2/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('9');
    await page.keyboard.press('9');
    await page.locator('.typed-step', { hasText: 'Go to step 99' }).waitFor();
    await page.keyboard.press('Enter');
    await expectStep(page, total);
    await page.getByRole('status').filter({ hasText: 'There is no step 99' }).waitFor();
    await page.context().close();
  });

  it('leaves a zoom made during a step alone while the presenter types a step number', async () => {
    const { page } = await openApp(browser, '?present=2', projector);
    await expectStep(page, 2);
    await timelineAtRest(page); // the step's own move
    const stepTicks = await page.locator('.timeline__svg .tick text').allTextContents();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.locator('.timeline__svg .tick text').allTextContents()).not.toEqual(stepTicks);
    const ticks = await page.locator('.timeline__svg .tick text').allTextContents();
    await watchTimelineMoves(page);
    await page.keyboard.press('5'); // re-renders the page to show the typed number
    await page.locator('.typed-step').waitFor();
    // A step's move re-run by that render would start in the frame after it and mark the page as moving.
    await nextFrames(page);
    expect(await movedSince(page)).toBe(false);
    expect(await page.locator('.timeline__svg .tick text').allTextContents()).toEqual(ticks);
    await page.context().close();
  });

  it('catches up when the presenter window opens first, and ignores tabs that are not presenting', async () => {
    const context = await browser.newContext(projector);
    const presenter = await context.newPage();
    await presenter.goto(`${inject('baseUrl')}?presenter=1`);
    await presenter.getByText('The audience window is not presenting yet').waitFor();
    const idle = await context.newPage();
    await idle.goto(`${inject('baseUrl')}?node=sora`);
    await idle.locator('.app').waitFor();
    const audience = await context.newPage();
    await audience.goto(`${inject('baseUrl')}?present=5`);
    await presenter.locator(`[aria-label="Step 5 of ${total}"]`).waitFor();
    // A second presenter window opened now hears only the presenting tab.
    const second = await context.newPage();
    await second.goto(`${inject('baseUrl')}?presenter=1`);
    await second.locator(`[aria-label="Step 5 of ${total}"]`).waitFor();
    await second.getByRole('button', { name: 'Next' }).click();
    await expectStep(audience, 6);
    expect(await idle.locator('.presentation-bar').count()).toBe(0);
    // The presenter's keys lead too: a number then Enter, and B.
    await second.bringToFront();
    await second.keyboard.press('3');
    await second.keyboard.press('Enter');
    await expectStep(audience, 3);
    await second.keyboard.press('b');
    await audience.getByRole('region', { name: 'Blank screen' }).waitFor();
    await context.close();
  });

  it('keeps a presenter window in sync both ways: it follows a clicker and leads with its own buttons', async () => {
    const audience = await openApp(browser, '?present=1', projector);
    await expectStep(audience.page, 1);
    const presenter = await audience.page.context().newPage();
    await presenter.goto(audience.page.url().replace(/\?.*$/, '?presenter'));
    const presenterStep = (n: number) => presenter.locator(`[aria-label="Step ${n} of ${total}"]`).waitFor();
    await presenterStep(1);
    expect(await presenter.locator('.presenter__now h2').textContent()).toBe(data.tour[0]!.headline);
    expect(await presenter.locator('.presenter__next p').textContent()).toBe(data.tour[1]!.headline);
    expect((await presenter.locator('.presenter__notes').textContent())?.length ?? 0).toBeGreaterThan(40);
    expect(await presenter.locator('.presenter__elapsed').textContent()).toMatch(/^\d\d:\d\d$/);
    expect(await presenter.locator('.presenter__clock').textContent()).toMatch(/^\d\d:\d\d$/);

    await audience.page.bringToFront();
    await audience.page.keyboard.press('PageDown'); // the clicker drives the audience window
    await expectStep(audience.page, 2);
    await presenterStep(2);

    await presenter.getByRole('button', { name: 'Next' }).click(); // the presenter leads
    await expectStep(audience.page, 3);
    await presenterStep(3);
    await presenter.getByRole('button', { name: 'Previous' }).click();
    await expectStep(audience.page, 2);
    expect(audience.problems).toEqual([]);
    await audience.page.context().close();
  });

  it('fades the buttons after a few idle seconds, keeps the step counter and the keys, and brings them back on a pointer move or Tab', async () => {
    const { page, problems } = await openApp(browser, '?present=2', { ...projector, reducedMotion: 'reduce' });
    await expectStep(page, 2);
    const next = page.locator('.presentation-bar__buttons button', { hasText: 'Next' });
    const opacity = () => next.evaluate((b) => getComputedStyle(b.closest('.presentation-bar__buttons')!).opacity);
    expect(await opacity()).toBe('1');
    await page.waitForFunction(() => document.querySelector('.app--idle') !== null, undefined, { timeout: 6000 });
    expect(await opacity()).toBe('0');
    expect(await page.locator('.zoom-controls').evaluate((z) => getComputedStyle(z).opacity)).toBe('0');
    expect(await indicator(page).isVisible()).toBe(true);
    // A clicker steps on without waking the controls.
    await page.keyboard.press('PageDown');
    await expectStep(page, 3);
    expect(await opacity()).toBe('0');
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    expect(await opacity()).toBe('1');
    await page.waitForFunction(() => document.querySelector('.app--idle') !== null, undefined, { timeout: 6000 });
    // Keyboard users get them back with Tab: a focused control always shows.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector('.app--idle') === null);
    expect(await opacity()).toBe('1');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps a notice clear of the step counter', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, projector.viewport]) {
      const { page } = await openApp(browser, '?present=99', { viewport });
      await expectStep(page, total);
      const notice = await page.locator('.notice').filter({ hasText: 'There is no step 99' }).boundingBox();
      const counter = await page.locator('.presentation-bar .step-indicator').boundingBox();
      expect(notice && counter).toBeTruthy();
      const overlaps =
        notice!.x < counter!.x + counter!.width &&
        counter!.x < notice!.x + notice!.width &&
        notice!.y < counter!.y + counter!.height &&
        counter!.y < notice!.y + notice!.height;
      expect(overlaps, `at ${viewport.width}×${viewport.height}`).toBe(false);
      await page.context().close();
    }
  });

  it("shows the presenter the room's narration, previews of this step and the next, and when the audience screen is blank or shows the QR code", async () => {
    const audience = await openApp(browser, '?present=3', projector);
    await expectStep(audience.page, 3);
    const presenter = await audience.page.context().newPage();
    await presenter.goto(audience.page.url().replace(/\?.*$/, '?presenter=1'));
    await presenter.locator(`[aria-label="Step 3 of ${total}"]`).waitFor();
    const tour = data.tour;
    expect(await presenter.locator('.presenter__narration').textContent()).toBe(tour[2]!.narration);
    const now = presenter.getByRole('img', { name: `Preview of step 3: ${tour[2]!.headline}` });
    const next = presenter.getByRole('img', { name: `Preview of step 4: ${tour[3]!.headline}` });
    for (const img of [now, next]) {
      await img.waitFor();
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    }
    // The next step's preview is the smaller one.
    expect((await next.boundingBox())!.width).toBeLessThan((await now.boundingBox())!.width);
    expect(await presenter.locator('.presenter__state').count()).toBe(0);

    await audience.page.bringToFront();
    await audience.page.keyboard.press('b');
    await presenter.getByText('Audience screen is blank').waitFor();
    await audience.page.keyboard.press('b');
    await presenter.getByText('Audience screen is blank').waitFor({ state: 'detached' });
    await presenter.bringToFront();
    await presenter.keyboard.press('q'); // led from the presenter's window too
    await audience.page.getByRole('img', { name: /QR code for step 3/ }).waitFor();
    await presenter.getByText('Audience sees the QR code').waitFor();
    // Stepping on updates both previews.
    await presenter.keyboard.press('ArrowRight');
    await presenter
      .getByRole('img', { name: `Preview of step 4: ${tour[3]!.headline}` })
      .first()
      .waitFor();
    await presenter.getByRole('img', { name: `Preview of step 5: ${tour[4]!.headline}` }).waitFor();
    expect(audience.problems).toEqual([]);
    await audience.page.context().close();
  });

  it("opens the presenter view on the talk's own dataset", async () => {
    const example = readFileSync('data/examples/ai-history.json', 'utf8');
    const headline = (JSON.parse(example) as { tour: { headline: string }[] }).tour[1]!.headline;
    const { page } = await openApp(browser, '', projector);
    await page.context().route('**/test-data/**', (route) => route.fulfill({ contentType: 'application/json', body: example }));
    await page.goto(`${inject('baseUrl')}?data=test-data/ai-history.json&present=2`);
    await page.locator('.presentation-bar__headline', { hasText: headline }).waitFor();
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await presenter.locator('.presenter__now h2', { hasText: headline }).waitFor();
    expect(new URL(presenter.url()).searchParams.get('data')).toBe('test-data/ai-history.json');
    await page.context().close();
  });
});
