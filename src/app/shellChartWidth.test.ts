import { afterEach, describe, expect, it } from 'vitest';
import { SHELL_CHART_WIDTH_ID, shellChartWidth } from './shellChartWidth';

function probe(width: number) {
  const el = document.createElement('div');
  el.id = SHELL_CHART_WIDTH_ID;
  el.getBoundingClientRect = () => ({ width, height: 0, x: 0, y: 0, top: 0, left: 0, right: width, bottom: 0, toJSON: () => ({}) });
  document.body.append(el);
}

afterEach(() => document.body.replaceChildren());

describe('shellChartWidth', () => {
  it('is null on a page without the written header', () => {
    expect(shellChartWidth()).toBeNull();
  });

  it('reads the whole pixels of the written copy of the charts column', () => {
    probe(612.7);
    expect(shellChartWidth()).toBe(612);
  });

  it('is null when that copy is hidden (another dataset, an embed, a talk)', () => {
    probe(0);
    expect(shellChartWidth()).toBeNull();
  });
});
