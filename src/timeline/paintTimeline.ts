import { levelColor } from '../ui/levelColors';
import type { Highlight } from '../state/selectors';
import type { TimelineLayout } from './timelineLayout';
import type { TimelineTracks } from './timelineTracks';
import { stackBin } from './stackBin';

/** Colours and type read from the stylesheet (theme, projector mode), so the canvas matches the SVG around it. */
export interface PaintStyle {
  markStroke: string;
  strongStroke: string;
  concernStroke: string;
  dimOpacity: number;
  labelColor: string;
  labelSize: number;
  fontFamily: string;
  binFill: string;
  binText: string;
  /** The page's background, drawn around counts so they read on any bin shade. */
  halo: string;
  tickStroke: string;
  majorTickStroke: string;
  tickLabelColor: string;
  tickLabelSize: number;
}

export interface PaintState {
  highlight: Highlight | null;
  selectedId: string | null;
  /** Whether the concern filter outlines a node in amber (the concern and its neighbours). */
  concern: ((id: string) => boolean) | null;
  /** During a gesture the axis labels move with every frame, so the canvas writes them; at rest the SVG does. */
  axisLabels: boolean;
}

const TAU = Math.PI * 2;

/**
 * Paints one frame: the grid, then bins, marks and titles, then (during a gesture) the axis labels. Everything
 * interactive lives in the transparent SVG proxies above; this only draws. The grid is here rather than in
 * the SVG because it moves with every zoom frame, and re-rendering SVG per frame is what costs the frame budget.
 */
export function paintTimeline(
  ctx: CanvasRenderingContext2D,
  layout: TimelineLayout,
  tracks: TimelineTracks,
  style: PaintStyle,
  state: PaintState,
  dpr: number,
) {
  const { plot } = layout;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);
  // Whole device pixels wide, centred on a device pixel (or between two, when even), so lines stay sharp.
  const lineDevicePx = Math.max(1, Math.round(dpr));
  ctx.lineWidth = lineDevicePx / dpr;
  for (const t of layout.ticks) {
    const x = (Math.round(t.x * dpr) + (lineDevicePx % 2) / 2) / dpr;
    ctx.strokeStyle = t.major ? style.majorTickStroke : style.tickStroke;
    ctx.beginPath();
    ctx.moveTo(x, plot.top - 6);
    ctx.lineTo(x, plot.bottom);
    ctx.stroke();
  }
  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.left - 8, 0, plot.right - plot.left + 16, layout.height);
  ctx.clip();

  const { highlight } = state;
  const isLit = (id: string) => !highlight || highlight.focusId === id || highlight.related.has(id);

  let maxDensity = 1;
  for (const b of layout.bins) maxDensity = Math.max(maxDensity, b.count / Math.max(1, b.x2 - b.x1));
  ctx.font = `600 11px ${style.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of layout.bins) {
    const items = tracks.tracks[b.track]?.items ?? [];
    let lit = !highlight;
    for (let i = b.from; !lit && i < b.to; i++) lit = isLit(items[i]!.milestone.id);
    const density = b.count / Math.max(1, b.x2 - b.x1);
    const shade = 0.22 + 0.6 * Math.sqrt(density / maxDensity);
    const dim = lit ? 1 : style.dimOpacity;
    const w = Math.max(2, b.x2 - b.x1 - 2);
    // A stacked bar of the levels its milestones reach, in the marks' colours: no level at the bottom, the
    // highest at the top, as the levels climb in the roadmap chart. The grey of milestones without a level
    // shades with density; the level colours stay strong enough to tell apart.
    stackBin(b.levels, b.count, b.y2 - b.y1, 1 / dpr, (rank, y, h) => {
      ctx.globalAlpha = (rank === 0 ? shade : Math.max(shade, 0.7)) * dim;
      ctx.fillStyle = rank === 0 ? style.binFill : levelColor(rank);
      ctx.fillRect(b.x1 + 1, b.y1 + y, w, h);
    });
    const text = countLabel(b.count);
    if (w >= text.length * 7 + 4) {
      ctx.globalAlpha = lit ? 1 : style.dimOpacity;
      ctx.fillStyle = style.binText;
      ctx.strokeStyle = style.halo;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeText(text, b.x1 + 1 + w / 2, (b.y1 + b.y2) / 2);
      ctx.fillText(text, b.x1 + 1 + w / 2, (b.y1 + b.y2) / 2);
    }
  }

  for (const m of layout.marks) {
    const lit = isLit(m.id);
    ctx.globalAlpha = lit ? 1 : style.dimOpacity;
    const selected = m.id === state.selectedId;
    const concern = state.concern?.(m.id) ?? false;
    ctx.beginPath();
    if (m.precision === 'day') ctx.arc(m.x, m.y, m.height / 2, 0, TAU);
    else ctx.roundRect(m.x - m.width / 2, m.y - m.height / 2, m.width, m.height, m.precision === 'month' ? m.height / 2 : 2);
    ctx.fillStyle = levelColor(m.levelRank);
    if (m.precision === 'year') ctx.globalAlpha *= 0.75;
    ctx.fill();
    ctx.globalAlpha = lit ? 1 : style.dimOpacity;
    const related = highlight !== null && highlight.related.has(m.id);
    ctx.strokeStyle = concern ? style.concernStroke : selected || related ? style.strongStroke : style.markStroke;
    ctx.lineWidth = concern || selected || m.focus ? 3 : 1.5;
    ctx.stroke();
  }

  ctx.font = `${style.labelSize}px ${style.fontFamily}`;
  ctx.textAlign = 'left';
  ctx.fillStyle = style.labelColor;
  for (const m of layout.marks) {
    // A tour step's titles and the emphasised ones are SVG text over the canvas, where tests and readers find them.
    if (!m.showLabel || m.focus || m.emphasis) continue;
    ctx.globalAlpha = isLit(m.id) ? 1 : style.dimOpacity;
    ctx.fillText(m.title, m.labelX, m.labelY);
  }
  ctx.restore();
  ctx.globalAlpha = 1;
  if (state.axisLabels) {
    ctx.font = `${style.tickLabelSize}px ${style.fontFamily}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = style.tickLabelColor;
    for (const t of layout.ticks) ctx.fillText(t.label, t.labelX, plot.top - 12);
  }
}

function countLabel(n: number): string {
  return n < 1000 ? String(n) : `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
}
