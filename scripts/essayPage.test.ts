import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { essayPageHtml, parseEssay, SECTION_NODES } from './essayPage';
import { fixtureRoadmap } from '../src/testing/fixtureRoadmap';
import type { Roadmap } from '../src/dataset/schema';

const text = `A Short Essay:
1. Introduction
Codex <b>matters</b> & so does "Sora".
2. Codex: Origin
Codex is built on GPT-3.
- Level 1 – Chatbots
- Level 2 – Reasoners
After the list.
References
- Someone. (2025). A page.`;

const TEMPLATE = readFileSync('essay/index.html', 'utf8');

describe('the essay page', () => {
  it('reads the title, numbered sections, paragraphs and lists', () => {
    const essay = parseEssay(text);
    expect(essay.title).toBe('A Short Essay');
    expect(essay.sections.map((s) => [s.number, s.heading])).toEqual([
      ['1', 'Introduction'],
      ['2', 'Codex: Origin'],
      [null, 'References'],
    ]);
    expect(essay.sections[1]?.blocks).toEqual([
      { kind: 'p', text: 'Codex is built on GPT-3.' },
      { kind: 'list', items: ['Level 1 – Chatbots', 'Level 2 – Reasoners'] },
      { kind: 'p', text: 'After the list.' },
    ]);
  });

  it('refuses text that does not start with a title and a section', () => {
    expect(() => parseEssay('Title\nA paragraph before any section')).toThrow(/numbered section/);
  });

  it('shows each section as published, escaped, followed by what sources say and a link into the explorer', () => {
    const roadmap: Roadmap = JSON.parse(readFileSync('data/roadmap.json', 'utf8'));
    const html = essayPageHtml(TEMPLATE, text, roadmap);
    expect(html).toContain('<p>Codex &lt;b&gt;matters&lt;/b&gt; &amp; so does &quot;Sora&quot;.</p>');
    expect(html).toContain('<h2 id="section-2">2 Codex: Origin</h2>');
    const codex = roadmap.initiatives.find((i) => i.id === 'codex');
    const first = codex?.discrepancies?.[0];
    expect(first).toBeDefined();
    expect(html).toContain(`<p class="check__topic">${first?.topic}</p>`);
    expect(html).toContain('<a href="../?node=codex">Open “Codex” in the explorer</a>');
    expect(html).toContain('Sources reviewed to 2 December 2026.');
    // Section 1 checks nothing of its own, so it has no aside.
    expect(html.split('<aside').length - 1).toBe(1);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('<title>A Short Essay: the essay · AGI Roadmap Explorer</title>');
    expect(html).not.toMatch(/<script/);
  });

  it('checks the real essay against nodes the built-in dataset has', () => {
    const roadmap: Roadmap = JSON.parse(readFileSync('data/roadmap.json', 'utf8'));
    const essay = parseEssay(readFileSync('data/essay.txt', 'utf8'));
    const numbers = essay.sections.map((s) => s.number);
    for (const number of Object.keys(SECTION_NODES)) expect(numbers).toContain(number);
    const html = essayPageHtml(TEMPLATE, readFileSync('data/essay.txt', 'utf8'), roadmap);
    for (const id of Object.values(SECTION_NODES).flat()) expect(html).toContain(`href="../?node=${id}"`);
  });

  it('names a node the dataset lacks instead of writing a dead link', () => {
    const roadmap = { ...fixtureRoadmap, initiatives: [] } as Roadmap;
    expect(() => essayPageHtml(TEMPLATE, text, roadmap)).toThrow(/"codex", which the dataset does not have/);
  });
});
