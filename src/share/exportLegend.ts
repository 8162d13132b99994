import type { Roadmap } from '../dataset/schema';
import { levelColor } from '../ui/levelColors';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The image's key, so a slide explains itself: one line of level colours (grey for none), one of mark shapes
 * and the selection's outline. Appends to `parts` and returns the y below it.
 */
export function exportLegend(parts: string[], roadmap: Roadmap, y: number): number {
  let x = 24;
  parts.push('<g class="export-legend">');
  const item = (shape: string, label: string) => {
    parts.push(`<g transform="translate(${x},${y})">${shape}<text x="16" dy="0.35em" font-size="12" fill="#0f172a">${esc(label)}</text></g>`);
    x += 28 + label.length * 6.8;
  };
  const dot = (fill: string, stroke = '#ffffff', width = 1.5) => `<circle cx="6" r="6" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`;
  parts.push(`<text x="${x}" y="${y}" dy="0.35em" font-size="12" font-weight="600" fill="#0f172a">Colour: highest level reached</text>`);
  x += 216;
  for (const l of [...roadmap.levels].sort((a, b) => a.rank - b.rank)) item(dot(levelColor(l.rank)), `${l.rank} ${l.name}`);
  item(dot(levelColor(0)), 'No level');
  y += 20;
  x = 24;
  parts.push(`<text x="${x}" y="${y}" dy="0.35em" font-size="12" font-weight="600" fill="#0f172a">Shape: how exact the date is</text>`);
  x += 216;
  item(dot('#64748b'), 'Exact day');
  item(`<rect x="-3" y="-5" width="18" height="10" rx="5" fill="#64748b"/>`, 'Month known');
  item(`<rect x="-3" y="-5" width="18" height="10" rx="2" fill="#64748b" fill-opacity="0.75"/>`, 'Year known');
  item(dot('#64748b', '#0f172a', 3), 'Selected (outlined)');
  parts.push('</g>');
  return y + 26;
}
