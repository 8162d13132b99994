/**
 * The fonts the first view writes in, as the weight, style and size of a CSS `font` (the family is the page's).
 * Chromium on Linux looks up each new one with a synchronous call to the browser process, 1–17 ms apiece on our
 * 2-core machine. Left to the explorer's first layout, these lookups were most of the one long task that shows
 * it, so the build writes this list into the page and `public/warm-fonts.js` looks them up beforehand, while the
 * app's code downloads. tests/e2e/layout.spec.ts fails when the first view looks up a font missing here
 * ('400 13px' is the offline line, which a returning visitor sees at once).
 */
export const FIRST_VIEW_FONTS: readonly string[] = [
  '400 12px', '400 italic 12px', '400 12.5px', '400 13px', '400 13.6px', '400 14px', '400 16px',
  '600 12px', '600 12.5px', '600 13px', '600 14px', '600 16px',
  '700 13.6px', '700 15px', '700 16px', '700 18.72px', '700 23.2px',
];

/** The timeline canvas's own (see paintTimeline.ts): canvas text ignores the page's zoom, so it needs its own lookups. */
export const CANVAS_FONTS: readonly string[] = ['400 12px', '600 11px'];
