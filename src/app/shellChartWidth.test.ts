import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHELL_CHART_WIDTH_ID, shellChartWidth } from './shellChartWidth';

function probe(width: number) {
  const el = document.createElement('div');
  el.id = SHELL_CHART_WIDTH_ID;
  el.getBoundingClientRect = () => ({ width, height: 0, x: 0, y: 0, top: 0, left: 0, right: width, bottom: 0, toJSON: () => ({}) });
  document.body.append(el);
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('shellChartWidth', () => {
  it('is null on a page without the written header', () => {
    expect(shellChartWidth()).toBeNull();
  });

  it('reads the whole pixels of the written copy of the charts column where scrollbars overlay the page', () => {
    probe(612.7);
    expect(shellChartWidth()).toBe(612);
  });

  it('leaves room for the scrollbar the taller explorer will have, where scrollbars take room', () => {
    probe(990);
    // A scrolling box 100 px wide whose content is 85 px wide: a 15 px scrollbar.
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(100);
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(85);
    expect(shellChartWidth()).toBe(975);
    expect(document.body.children).toHaveLength(1);
  });

  it('leaves no extra room when the page already scrolls', () => {
    probe(975);
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(100);
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(85);
    vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockReturnValue(2000);
    expect(shellChartWidth()).toBe(975);
  });

  it('is null when that copy is hidden (another dataset, an embed, a talk)', () => {
    probe(0);
    expect(shellChartWidth()).toBeNull();
  });
});
