// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { exportSvg } from './exportSvg';
import { indexRoadmap } from '../dataset/indexRoadmap';
import { fixtureRoadmap } from '../testing/fixtureRoadmap';
import { levelColor } from '../ui/levelColors';
import { activateLanguage } from '../i18n/i18n';

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

  it('says when the sources were reviewed, when the dataset says', () => {
    const roadmap = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, reviewed: '2026-12-02' } };
    const text = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent ?? '';
    expect(text(exportSvg({ ...base, roadmap, view }).svg)).toContain('2 cited sources. Sources reviewed to 2 December 2026.');
    expect(text(exportSvg({ ...base, view }).svg)).not.toContain('reviewed');
  });

  it('draws every visible level, initiative and milestone, and leaves out hidden lanes', () => {
    // The charts, without the legend's samples below them.
    const charts = (svg: string) => svg.split('<g class="export-legend">')[0]!;
    const all = charts(exportSvg({ ...base, view: { ...view, selectedId: null } }).svg);
    expect(all.match(/<circle/g)?.length).toBe(3 + 2); // three levels, two day-precision milestones
    const hidden = charts(exportSvg({ ...base, view: { ...view, selectedId: null, filters: { hiddenLanes: ['codex'], concern: null } } }).svg);
    expect(hidden.match(/<circle/g)?.length).toBe(3 + 1);
  });

  it('draws dense stretches as bars of their levels, with their count', () => {
    const day = fixtureRoadmap.milestones.find((m) => m.date.length === 10 && m.levels.length > 0)!;
    const milestones = Array.from({ length: 3000 }, (_, i) => ({
      ...day,
      id: `d${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      levels: i % 2 ? day.levels : [],
    }));
    const roadmap = { ...fixtureRoadmap, milestones, tour: undefined };
    const { svg } = exportSvg({ ...base, roadmap, index: indexRoadmap(roadmap), view: { ...view, selectedId: null } });
    const rank = Math.max(...day.levels.map((l) => fixtureRoadmap.levels.find((v) => v.id === l.levelId)!.rank));
    // Each bin: a grey part for the milestones on no level and one in the level's colour.
    expect(svg.match(/fill="#64748b" fill-opacity="0.45"/g)?.length).toBeGreaterThan(10);
    expect(svg.match(new RegExp(`fill="${levelColor(rank)}" fill-opacity="0.8"`, 'g'))?.length).toBeGreaterThan(10);
  });

  it('escapes text from the dataset', () => {
    const roadmap = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, title: '<script>x</script> & co' } };
    const { svg } = exportSvg({ ...base, roadmap, view });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co');
  });
});

describe('exportSvg in another language', () => {
  afterEach(() => activateLanguage('en'));

  it('writes its lines, legend, lanes and dates in that language', async () => {
    await activateLanguage('de');
    const roadmap = { ...fixtureRoadmap, meta: { ...fixtureRoadmap.meta, reviewed: '2026-12-02' } };
    const { svg } = exportSvg({ ...base, roadmap, view: { ...view, selectedId: 'sora-launch' }, language: 'de' });
    const text = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent ?? '';
    expect(text).toContain('Ausgewählt: Sora launched (Dezember 2024)');
    expect(text).toContain('Quelle: Fixture roadmap, erstellt aus dem Essay „Fixture essay“ und 2 zitierten Quellen. Quellen geprüft bis 2. Dezember 2026.');
    expect(text).toContain('Farbe: höchste erreichte Stufe');
    expect(text).toContain('Kontext');
    expect(text).not.toContain('Selected');
  });
});
