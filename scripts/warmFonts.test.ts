import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

// public/warm-fonts.js as the page runs it: a plain script, executed against this test's document.
const source = readFileSync('public/warm-fonts.js', 'utf8');
const runScript = () => new Function(source)();

function page({ loaded }: { loaded: boolean }) {
  document.head.innerHTML = '<link rel="stylesheet" href="a.css">';
  document.body.innerHTML = '<div id="font-warmup" class="font-warmup" style="font-family: Testsans" data-fonts="600 14px|400 italic 12px" data-canvas-fonts="600 11px"></div><div id="root"></div>';
  const link = document.querySelector('link')!;
  // jsdom loads no stylesheets: a loaded one is one with a sheet.
  Object.defineProperty(link, 'sheet', { value: loaded ? {} : null, configurable: true });
  return { box: document.getElementById('font-warmup')!, link };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.documentElement.className = '';
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('public/warm-fonts.js', () => {
  it('lays out each listed font as HTML and SVG text, one font per task, then removes its box', () => {
    vi.useFakeTimers();
    const { box } = page({ loaded: true });
    const laidOut = vi.spyOn(SVGElement.prototype, 'getBoundingClientRect');
    // jsdom draws nothing: a canvas context that records the fonts it was asked to measure in.
    const measured: string[] = [];
    const context = { font: '', measureText: () => measured.push(context.font) };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    runScript();
    expect(box.children).toHaveLength(0);
    // Each task adds one font, from the first.
    vi.advanceTimersToNextTimer();
    expect(laidOut).toHaveBeenCalledTimes(1);
    const fonts = () => [...box.querySelectorAll<HTMLElement | SVGElement>('span, text')].map((el) => `${el.tagName} ${el.style.fontWeight} ${el.style.fontStyle} ${el.style.fontSize}`);
    expect(fonts()).toEqual(['SPAN 600 normal 14px', 'text 600 normal 14px']);
    vi.advanceTimersToNextTimer();
    expect(fonts()).toEqual(['SPAN 600 normal 14px', 'SPAN 400 italic 12px', 'text 600 normal 14px', 'text 400 italic 12px']);
    expect(laidOut).toHaveBeenCalledTimes(2);
    // In the page's family, read off the box, which takes it from the stylesheet.
    expect(box.querySelector('span')!.style.fontFamily).toBe('Testsans');
    expect(document.getElementById('font-warmup')).toBe(box);
    vi.runAllTimers();
    expect(measured).toEqual(['600 11px Testsans']);
    expect(document.getElementById('font-warmup')).toBeNull();
    expect(document.getElementById('root')).not.toBeNull();
  });

  it('leaves other views alone (another dataset, an embed, a talk), and only removes its box', () => {
    vi.useFakeTimers();
    document.documentElement.classList.add('without-shell');
    const { box } = page({ loaded: true });
    runScript();
    expect(box.isConnected).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits for the stylesheet, whose family the fonts take', () => {
    vi.useFakeTimers();
    const { box, link } = page({ loaded: false });
    runScript();
    vi.runAllTimers();
    expect(box.isConnected).toBe(true);
    expect(box.children).toHaveLength(0);
    link.dispatchEvent(new Event('load'));
    vi.runAllTimers();
    expect(box.isConnected).toBe(false);
  });

  it('does nothing on a page without the list', () => {
    vi.useFakeTimers();
    document.head.innerHTML = '<link rel="stylesheet" href="a.css">';
    document.body.innerHTML = '<div id="root"></div>';
    expect(runScript).not.toThrow();
    expect(vi.getTimerCount()).toBe(0);
  });
});
