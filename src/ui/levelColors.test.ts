import { describe, expect, it } from 'vitest';
import { LEVEL_COLORS } from './levelColors';
import { contrast, deltaE2000, linearRgb, minDistance, simulate, type Deficiency } from './colorVision';

const deficiencies: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];
/** A CIEDE2000 difference of about 10 reads as clearly different colours on small marks; 1 is barely visible. */
const MIN_DELTA_E = 10;

describe('the level palette', () => {
  it('keeps every two colours (no-level grey included) apart, seen normally and under each deficiency', () => {
    expect(minDistance(LEVEL_COLORS)).toBeGreaterThanOrEqual(MIN_DELTA_E);
    for (const d of deficiencies) expect(minDistance(LEVEL_COLORS, d), d).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('carries white level numbers at WCAG AA and stands out from both themes’ surfaces', () => {
    for (const c of LEVEL_COLORS.slice(1)) {
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c, '#111827'), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('measures what the references say', () => {
    // Sharma, Wu & Dalal's CIEDE2000 test data is in Lab; here, black against white is 100, and a colour is 0 from itself.
    expect(deltaE2000(linearRgb('#000000'), linearRgb('#ffffff'))).toBeCloseTo(100, 0);
    expect(deltaE2000(linearRgb('#4165a4'), linearRgb('#4165a4'))).toBe(0);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // Under protanopia pure red and a dark olive green are near twins (the classic red/green confusion).
    const red = simulate(linearRgb('#ff0000'), 'protanopia');
    const olive = simulate(linearRgb('#7a6a00'), 'protanopia');
    expect(deltaE2000(red, olive)).toBeLessThan(deltaE2000(linearRgb('#ff0000'), linearRgb('#7a6a00')) / 2);
    // The old indigo and purple of levels 2 and 3 were about 1 apart under protanopia: the test would catch them.
    expect(minDistance(['#4f46e5', '#9333ea'], 'protanopia')).toBeLessThan(MIN_DELTA_E);
  });
});
