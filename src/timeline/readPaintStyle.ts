import type { PaintStyle } from './paintTimeline';

/**
 * Reads the canvas's colours and type off hidden sample elements that the stylesheet styles like real
 * marks, so the dark theme, the projector theme and print need no second copy of their colours.
 */
export function readPaintStyle(svg: SVGSVGElement): PaintStyle {
  // The samples live in the backdrop layer, a sibling of this one.
  const stage = svg.closest('.timeline__stage') ?? svg;
  const style = (selector: string) => {
    const el = stage.querySelector(selector);
    return el ? getComputedStyle(el) : null;
  };
  const root = getComputedStyle(svg);
  const mark = style('.timeline__sample--mark circle');
  const concern = style('.timeline__sample--concern circle');
  const dim = style('.timeline__sample--dim');
  const label = style('.timeline__sample--label');
  const bin = style('.timeline__sample--bin');
  const tick = style('.timeline__sample--tick line');
  const majorTick = style('.timeline__sample--major line');
  const tickLabel = style('.timeline__sample--tick-label text');
  // Computed colours, not the tokens: a token's value is its light-dark() pair, resolved only where it is used.
  const text = root.color || '#0f172a';
  const card = svg.closest('.chart-card');
  return {
    markStroke: mark?.stroke || '#ffffff',
    strongStroke: text,
    concernStroke: concern?.stroke || '#b45309',
    dimOpacity: Number(dim?.opacity ?? 0.22),
    labelColor: label?.fill || text,
    labelSize: parseFloat(label?.fontSize ?? '') || 12,
    fontFamily: label?.fontFamily || root.fontFamily || 'system-ui, sans-serif',
    binFill: bin?.fill || '#64748b',
    binText: text,
    halo: (card && getComputedStyle(card).backgroundColor) || '#ffffff',
    tickStroke: tick?.stroke || '#e2e8f0',
    majorTickStroke: majorTick?.stroke || '#cbd5e1',
    tickLabelColor: tickLabel?.fill || text,
    tickLabelSize: parseFloat(tickLabel?.fontSize ?? '') || 12,
  };
}
