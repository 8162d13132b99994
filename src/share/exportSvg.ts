import type { Roadmap } from '../dataset/schema';
import { neighboursOf, type RoadmapIndex } from '../dataset/indexRoadmap';
import type { ViewState } from '../state/createAppStore';
import { allLanes } from '../state/selectors';
import { roadmapLayout } from '../roadmap/roadmapLayout';
import { timelineFrame } from '../timeline/timelineLayout';
import { timelineTracks } from '../timeline/timelineTracks';
import { stackBin } from '../timeline/stackBin';
import { needsLeader } from '../timeline/placeLabels';
import { milestonesWindow, openingWindow } from '../timeline/timeWindow';
import { levelColor } from '../ui/levelColors';
import { currentLevelLabels } from '../i18n/labels';
import { currentLanguage, t as message } from '../i18n/i18n';
import { formatMilestoneDate } from '../i18n/format';
import type { Language } from '../i18n/languages';
import { exportLegend } from './exportLegend';

export interface ExportInput {
  roadmap: Roadmap;
  index: RoadmapIndex;
  view: ViewState;
  today: number;
  /** The link printed in the source line. */
  url: string;
  width?: number;
  /** A tour step's milestones, drawn large and labelled as the presentation draws them. */
  focus?: ReadonlySet<string>;
  /** The language of its dates, the active one unless told (its words are the active catalogue's). */
  language?: Language;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', Roboto, sans-serif"';

/**
 * The current view as a self-contained SVG document, drawn from the same layouts as the charts
 * (never copied from the live DOM), with a title, the selection and a source line.
 */
export function exportSvg({ roadmap, index, view, today, url, width = 1200, focus: stepMarks, language = currentLanguage() }: ExportInput): {
  svg: string;
  width: number;
  height: number;
} {
  const date = (value: string) => formatMilestoneDate(value, language);
  const selected = view.selectedId ? index.nodes.get(view.selectedId) : undefined;
  const lit = view.selectedId ?? view.filters.concern;
  const related = lit ? new Set([lit, ...neighboursOf(index, lit)]) : null;
  // An image on a slide or paper keeps every colour: the selection and its links stand out by a dark outline
  // (heavier on the selection) and bold titles, never by fading the rest.
  const ring = (id: string) =>
    id === view.selectedId
      ? ' stroke="#0f172a" stroke-width="3.5"'
      : related?.has(id)
        ? ' stroke="#0f172a" stroke-width="2"'
        : ' stroke="#ffffff" stroke-width="1.5"';

  const parts: string[] = [];
  let y = 0;
  parts.push(`<text x="24" y="40" font-size="26" font-weight="700" fill="#0f172a">${esc(roadmap.meta.title)}</text>`);
  const subtitle = selected
    ? message('export.selected', { title: `${selected.title}${selected.kind === 'milestone' ? ` (${date(selected.entity.date)})` : ''}` })
    : (roadmap.meta.subtitle ?? '');
  parts.push(`<text x="24" y="66" font-size="15" fill="#334155">${esc(subtitle)}</text>`);
  y = 80;

  const r = roadmapLayout(roadmap, { width });
  parts.push(`<g transform="translate(0,${y})">`);
  parts.push(`<path d="${r.aheadPath}" fill="none" stroke="#94a3b8" stroke-width="6" stroke-dasharray="2 10" stroke-linecap="round"/>`);
  parts.push(`<path d="${r.reachedPath}" fill="none" stroke="#334155" stroke-width="6" stroke-linecap="round"/>`);
  for (const l of r.links) {
    const dash = l.basis === 'editorial' ? ' stroke-dasharray="5 4"' : '';
    parts.push(`<path d="${l.path}" fill="none" stroke="#94a3b8" stroke-width="1.5"${dash}/>`);
  }
  if (r.current && roadmap.currentLevel) {
    parts.push(
      `<text x="${r.current.labelX}" y="${r.current.labelY}" text-anchor="${r.current.anchor}" font-size="12.5" font-weight="600" fill="#92400e">◆ ${esc(currentLevelLabels(roadmap.currentLevel).flag)} (${esc(date(roadmap.currentLevel.date))})</text>`,
    );
  }
  for (const p of r.levels) {
    parts.push(
      `<g transform="translate(${p.x},${p.y})"><circle r="${p.r}" fill="${levelColor(p.rank)}"${ring(p.id)}/>` +
        `<text dy="0.35em" text-anchor="middle" font-size="15" font-weight="700" fill="#ffffff">${p.rank}</text>` +
        `<text x="${p.labelX}" y="${p.labelY}" text-anchor="${p.labelAnchor}" font-size="14" font-weight="600" fill="#0f172a">${esc(p.name)}</text></g>`,
    );
  }
  for (const b of r.initiatives) {
    parts.push(
      `<g transform="translate(${b.x},${b.y})"><rect width="${b.width}" height="${b.height}" rx="${b.height / 2}" fill="#e2e8f0"${b.id === view.selectedId ? ' stroke="#0f172a" stroke-width="3"' : ' stroke="#64748b"'}/>` +
        `<text x="${b.width / 2}" y="${b.height / 2}" dy="0.35em" text-anchor="middle" font-size="13" font-weight="600" fill="#0f172a">${esc(b.label)}</text></g>`,
    );
  }
  parts.push('</g>');
  y += r.height + 10;

  const lanes = allLanes(roadmap).filter((l) => !view.filters.hiddenLanes.includes(l.id));
  const full = milestonesWindow(roadmap.milestones, today);
  const tracks = timelineTracks({ milestones: roadmap.milestones, lanes, levelRanks: new Map(roadmap.levels.map((l) => [l.id, l.rank])), full, width });
  const pinned = view.selectedId ? new Set([view.selectedId]) : stepMarks;
  const t = timelineFrame(tracks, view.timeWindow ?? openingWindow(roadmap.milestones, today), today, pinned, stepMarks, stepMarks ? null : related, language);
  parts.push(`<g transform="translate(0,${y})">`);
  // Marks are clipped to the plot, as on screen, so bars that start before the window never cover lane names.
  parts.push(`<clipPath id="plot"><rect x="${t.plot.left - 8}" y="0" width="${t.plot.right - t.plot.left + 16}" height="${t.height}"/></clipPath>`);
  t.lanes.forEach((lane, i) => {
    if (i % 2) parts.push(`<rect x="0" y="${lane.y}" width="${width}" height="${lane.height}" fill="#f8fafc"/>`);
    parts.push(`<text x="${lane.labelX}" y="${lane.labelY}" dy="0.35em" font-size="12.5" font-weight="600" fill="#0f172a">${esc(lane.label)}</text>`);
  });
  for (const tick of t.ticks) {
    parts.push(`<line x1="${tick.x}" x2="${tick.x}" y1="${t.plot.top - 6}" y2="${t.plot.bottom}" stroke="${tick.major ? '#cbd5e1' : '#e2e8f0'}"/>`);
    parts.push(`<text x="${tick.labelX}" y="${t.plot.top - 12}" text-anchor="middle" font-size="12" fill="#475569">${esc(tick.label)}</text>`);
  }
  if (t.todayX !== null) {
    parts.push(`<line x1="${t.todayX}" x2="${t.todayX}" y1="${t.plot.top - 4}" y2="${t.plot.bottom}" stroke="#b91c1c" stroke-width="2"/>`);
    // Left of the line, or right of it near the plot's start, so it is never cut off.
    const end = t.todayX - t.plot.left > 48;
    parts.push(
      `<text x="${t.todayX + (end ? -4 : 4)}" y="${t.plot.bottom + 14}" text-anchor="${end ? 'end' : 'start'}" font-size="12" font-weight="600" fill="#b91c1c">${esc(message('legend.today'))}</text>`,
    );
  }
  parts.push('<g clip-path="url(#plot)">');
  // Dense stretches go out as bars of their levels with their count, as the canvas draws them.
  for (const b of t.bins) {
    stackBin(b.levels, b.count, b.y2 - b.y1, 1, (rank, sy, h) => {
      parts.push(
        `<rect x="${b.x1 + 1}" y="${b.y1 + sy}" width="${Math.max(2, b.x2 - b.x1 - 2)}" height="${h}" fill="${levelColor(rank)}" fill-opacity="${rank ? 0.8 : 0.45}"/>`,
      );
    });
    if (b.x2 - b.x1 > String(b.count).length * 7 + 6)
      parts.push(
        `<text x="${(b.x1 + b.x2) / 2}" y="${(b.y1 + b.y2) / 2}" dy="0.35em" text-anchor="middle" font-size="11" font-weight="600" fill="#0f172a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${b.count}</text>`,
      );
  }
  for (const m of t.marks) {
    const fill = levelColor(m.levelRank);
    const shape =
      m.precision === 'day'
        ? `<circle cx="${m.x}" cy="${m.y}" r="${m.height / 2}" fill="${fill}"${ring(m.id)}/>`
        : `<rect x="${m.x - m.width / 2}" y="${m.y - m.height / 2}" width="${m.width}" height="${m.height}" rx="${m.precision === 'month' ? m.height / 2 : 2}" fill="${fill}"${ring(m.id)}/>`;
    const label = m.showLabel
      ? `<text x="${m.labelX}" y="${m.labelY}" dy="0.35em" text-anchor="${m.labelAnchor}" font-size="${m.focus ? 18 : 12}"${m.focus || m.emphasis ? ` font-weight="${m.focus ? 700 : 600}" stroke="#ffffff" stroke-width="4" paint-order="stroke"` : ''} fill="#0f172a">${esc(m.label)}</text>`
      : '';
    const leader = needsLeader(m)
      ? `<line x1="${m.x}" y1="${m.y + Math.sign(m.labelY - m.y) * (m.height / 2)}" x2="${m.labelX - 3}" y2="${m.labelY}" stroke="#475569" stroke-width="1"/>`
      : '';
    parts.push(`<g>${shape}${leader}${label}</g>`);
  }
  parts.push('</g></g>');
  y += t.height + 10;
  y = exportLegend(parts, roadmap, y);

  // Two lines, so a long link never runs off the image.
  const { title, essayTitle, reviewed } = roadmap.meta;
  const source = { title, essay: essayTitle ?? '', count: roadmap.sources.length };
  const sourceLine = `${message(essayTitle ? 'export.source' : 'export.sourceNoEssay', source)}${reviewed ? ` ${message('reviewed', { date: date(reviewed) })}.` : ''}`;
  parts.push(`<text x="24" y="${y}" font-size="12" fill="#475569">${esc(sourceLine)}</text>`);
  parts.push(`<text x="24" y="${y + 17}" font-size="12" fill="#475569">${esc(url.length > 170 ? `${url.slice(0, 169)}…` : url)}</text>`);
  const height = y + 34;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>` +
    `<title>${esc(`${roadmap.meta.title}${selected ? `: ${selected.title}` : ''}`)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
