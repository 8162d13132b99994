import type { Roadmap } from '../dataset/schema';
import { levelColor } from '../ui/levelColors';
import { t } from '../i18n/i18n';

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
  // A row's heading, then its items from 216 px on, or further where a language's heading is longer.
  const heading = (label: string) => {
    parts.push(`<text x="${x}" y="${y}" dy="0.35em" font-size="12" font-weight="600" fill="#0f172a">${esc(label)}</text>`);
    x += Math.max(216, label.length * 6.8 + 16);
  };
  heading(t('export.colour'));
  for (const l of [...roadmap.levels].sort((a, b) => a.rank - b.rank)) item(dot(levelColor(l.rank)), t('legend.level', { rank: l.rank, name: l.name }));
  item(dot(levelColor(0)), t('export.noLevel'));
  y += 20;
  x = 24;
  heading(t('export.shape'));
  item(dot('#64748b'), t('legend.day'));
  item(`<rect x="-3" y="-5" width="18" height="10" rx="5" fill="#64748b"/>`, t('legend.monthShort'));
  item(`<rect x="-3" y="-5" width="18" height="10" rx="2" fill="#64748b" fill-opacity="0.75"/>`, t('legend.yearShort'));
  item(dot('#64748b', '#0f172a', 3), t('export.outlined'));
  parts.push('</g>');
  return y + 26;
}
