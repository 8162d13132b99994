import { describe, expect, it } from 'vitest';
import { exportSvg } from './exportSvg';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';

const index = indexRoadmap(fixtureRoadmap);
const base = { roadmap: fixtureRoadmap, index, today: Date.UTC(2026, 10, 24), url: 'https://x.org/n/codex/' };
const view = { selectedId: 'codex', timeWindow: null, filters: { hiddenLanes: [], concern: null } };

describe('exportSvg', () => {
  it('is a well-formed SVG document with the title, the selection and a source line', () => {
    const { svg, width, height } = exportSvg({ ...base, view });
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(300);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = doc.documentElement.textContent ?? '';
    expect(text).toContain('Fixture roadmap');
    expect(text).toContain('Selected: Codex');
    expect(text).toContain('Source: Fixture roadmap, built from the essay “Fixture essay” and 2 cited sources.');
    expect(text).toContain('https://x.org/n/codex/');
    expect(doc.querySelector('clipPath#plot')).not.toBeNull();
  });

  it('draws every visible level, initiative and milestone, and leaves out hidden lanes', () => {
    const all = exportSvg({ ...base, view: { ...view, selectedId: null } }).svg;
    expect(all.match(/<circle/g)?.length).toBe(3 + 2); // three levels, two day-precision milestones
    const hidden = exportSvg({ ...base, view: { ...view, selectedId: null, filters: { hiddenLanes: ['codex'], concern: null } } }).svg;
    expect(hidden.match(/<circle/g)?.length).toBe(3 + 1);
  });

  it('escapes text from the dataset', () => {
    const roadmap = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, title: '<script>x</script> & co' } };
    const { svg } = exportSvg({ ...base, roadmap, view });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co');
  });
});
