import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { Discrepancy, Roadmap } from '../src/dataset/schema';
import { contentSecurityPolicy } from './sharePages.ts';

/** One part of the essay as published: a numbered section (or the references) and its paragraphs and lists. */
export interface EssaySection {
  number: string | null;
  heading: string;
  blocks: ({ kind: 'p'; text: string } | { kind: 'list'; items: string[] })[];
}

export interface Essay {
  title: string;
  sections: EssaySection[];
}

/**
 * Reads the essay's plain text: its first line is the title, a line such as "4.1 The ChatGPT …" or "References"
 * starts a section, lines starting "- " form a list, every other line is a paragraph.
 */
export function parseEssay(text: string): Essay {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const title = (lines.shift() ?? '').replace(/:$/, '');
  const sections: EssaySection[] = [];
  for (const line of lines) {
    const heading = /^(\d+(?:\.\d+)?)\.?\s+(.+)$/.exec(line);
    if (heading || line === 'References') {
      sections.push({ number: heading?.[1] ?? null, heading: heading?.[2] ?? line, blocks: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) throw new Error(`The essay's text must start with its title and a numbered section, not "${line}"`);
    const last = section.blocks.at(-1);
    if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(line.slice(2));
      else section.blocks.push({ kind: 'list', items: [line.slice(2)] });
    } else section.blocks.push({ kind: 'p', text: line });
  }
  return { title, sections };
}

/** Which of the explorer's nodes check each section's claims; a section not named here makes none of its own. */
export const SECTION_NODES: Readonly<Record<string, readonly string[]>> = {
  '2': ['codex'],
  '3': ['sora'],
  '4.1': ['super-assistant'],
  '4.2': ['consumer-hardware'],
  '4.3': ['stargate'],
  '4.4': ['openai-for-countries', 'non-democratic-partnerships'],
  '4.5': ['open-weight'],
  '5': ['five-levels-reported', 'level-1', 'level-2', 'level-3', 'level-4', 'level-5'],
  '6': ['data-privacy', 'access-inequality', 'algorithmic-bias', 'power-concentration'],
};

interface CheckedNode {
  id: string;
  name: string;
  discrepancies: Discrepancy[];
}

function nodeOf(roadmap: Roadmap, id: string): CheckedNode {
  const level = roadmap.levels.find((l) => l.id === id);
  if (level) return { id, name: `Level ${level.rank}: ${level.name}`, discrepancies: level.discrepancies ?? [] };
  const node = [...roadmap.initiatives, ...roadmap.concerns].find((n) => n.id === id);
  if (node) return { id, name: node.name, discrepancies: node.discrepancies ?? [] };
  const milestone = roadmap.milestones.find((m) => m.id === id);
  if (milestone) return { id, name: milestone.title, discrepancies: milestone.discrepancies ?? [] };
  throw new Error(`The essay page checks its sections against "${id}", which the dataset does not have`);
}

const REVIEWED_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function sourceList(roadmap: Roadmap, ids: readonly string[]): string {
  const items = ids.flatMap((id) => {
    const source = roadmap.sources.find((s) => s.id === id);
    if (!source) return [];
    const label = esc(`${source.publisher}: ${source.title}`);
    return [`<li>${source.url ? `<a href="${esc(source.url)}">${label}</a>` : label}</li>`];
  });
  return items.length ? `<ul class="check__sources" aria-label="Sources">${items.join('')}</ul>` : '';
}

function checkHtml(roadmap: Roadmap, node: CheckedNode): string {
  const open = `<p class="check__open"><a href="../?node=${encodeURIComponent(node.id)}">Open “${esc(node.name)}” in the explorer</a></p>`;
  const differences = node.discrepancies.length
    ? node.discrepancies
        .map(
          (d) =>
            `<div class="check__item"><p class="check__topic">${esc(d.topic)}</p><p><span class="check__label">The essay says</span> ${esc(d.essaySays)}</p><p><span class="check__label">Sources say</span> ${esc(d.sourcesSay)}</p>${sourceList(roadmap, d.sources)}</div>`,
        )
        .join('\n')
    : '<p class="check__none">No public source we found contradicts the essay here.</p>';
  return `<section class="check__node"><h3>${esc(node.name)}</h3>\n${differences}\n${open}</section>`;
}

function sectionHtml(roadmap: Roadmap, section: EssaySection): string {
  const id = section.number ? `section-${section.number.replace('.', '-')}` : 'references';
  const level = section.number?.includes('.') ? 'h3' : 'h2';
  const heading = `<${level} id="${id}">${section.number ? `${esc(section.number)} ` : ''}${esc(section.heading)}</${level}>`;
  const body = section.blocks
    .map((b) => (b.kind === 'p' ? `<p>${esc(b.text)}</p>` : `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`))
    .join('\n');
  const nodes = (section.number && SECTION_NODES[section.number]) || [];
  const checks = nodes.length
    ? `<aside class="check" aria-labelledby="${id}-check"><h3 class="check__title" id="${id}-check">What public sources say about ${section.number ? `section ${esc(section.number)}` : 'this'}</h3>\n${nodes.map((n) => checkHtml(roadmap, nodeOf(roadmap, n))).join('\n')}</aside>`
    : '';
  return `<section class="essay-section">\n${heading}\n${body}\n${checks}\n</section>`;
}

/** What the essay page's head gains: its policy, title and description. */
function essayHead(essay: Essay, appTitle: string): string {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`,
    `<meta name="description" content="The essay “${esc(essay.title)}” as published, with what public sources say where they differ from it." />`,
    `<title>${esc(essay.title)}: the essay · ${esc(appTitle)}</title>`,
  ].join('\n    ');
}

/** The essay page's body: its text as published, each section followed by what sources say. */
function essayBody(essay: Essay, roadmap: Roadmap): string {
  // The app's own wording, "Sources reviewed to 2 December 2026"; the config loader cannot import src/ modules.
  const reviewed = roadmap.meta.reviewed && `Sources reviewed to ${REVIEWED_DATE.format(new Date(roadmap.meta.reviewed))}`;
  const appTitle = roadmap.meta.title;
  return `
    <header class="essay-header">
      <p><a href="../">← Back to ${esc(appTitle)}</a></p>
      <h1>${esc(essay.title)}</h1>
      <p class="essay-header__about">The essay the explorer maps, as published; its author is not named. After each section: what public sources say where they differ from it, with the sources and a link to the same point in the explorer.${reviewed ? ` ${esc(reviewed)}.` : ''}</p>
    </header>
    <main class="essay">
${essay.sections.map((s) => sectionHtml(roadmap, s)).join('\n')}
    </main>
  `;
}

/** Fills the page template `essay/index.html` with the essay and its checks. */
export function essayPageHtml(template: string, essayText: string, roadmap: Roadmap): string {
  const essay = parseEssay(essayText);
  return template
    .replace('</head>', `    ${essayHead(essay, roadmap.meta.title)}\n  </head>`)
    .replace(/<body>\s*<\/body>/, `<body>${essayBody(essay, roadmap)}</body>`);
}

/**
 * Writes the essay into its page, `essay/index.html`, a page of the build like index.html (so its stylesheet
 * goes through Vite and the dev server serves it at `/essay/`). It needs no script: the essay is readable and
 * printable, offline too (the service worker caches every file of the build).
 */
export function essayPagePlugin(essayPath: string, datasetPath: string): Plugin {
  return {
    name: 'essay-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (!/(^|\/)essay\/index\.html$/.test(ctx.path)) return html;
        return essayPageHtml(html, readFileSync(essayPath, 'utf8'), JSON.parse(readFileSync(datasetPath, 'utf8')));
      },
    },
  };
}
