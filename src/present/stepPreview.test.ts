// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { stepPreview } from './stepPreview';

const index = indexRoadmap(fixtureRoadmap);
const today = Date.UTC(2026, 10, 24);
const step = (nodeId: string) => ({ nodeId, headline: 'h', narration: 'n', notes: 'x', sources: ['src-a'] });
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('stepPreview', () => {
  it('draws a milestone step with its node selected, its mark large and its title written large', () => {
    const doc = parse(stepPreview(fixtureRoadmap, index, step('codex-launch'), today, 900));
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('width')).toBe('900');
    expect(doc.documentElement.textContent).toContain('Selected: Codex launched');
    const label = [...doc.querySelectorAll('text')].find((t) => t.textContent === 'Codex launched');
    expect(label?.getAttribute('font-size')).toBe('18');
    expect(doc.querySelector('circle[r="12"]')).not.toBeNull();
    // Framed on its months, not on the whole timeline: the axis names months.
    expect([...doc.querySelectorAll('text')].some((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(t.textContent ?? ''))).toBe(true);
  });

  it('draws a level step on the whole timeline, no mark enlarged', () => {
    const doc = parse(stepPreview(fixtureRoadmap, index, step('level-1'), today));
    expect(doc.documentElement.textContent).toContain('Selected: Chatbots');
    expect(doc.querySelector('circle[r="12"]')).toBeNull();
  });
});
