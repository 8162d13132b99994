import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useAppStore } from '../state/AppStore';
import { concernTouches, selectHighlight } from '../state/selectors';
import { paintTimeline, type PaintStyle } from './paintTimeline';
import { readPaintStyle } from './readPaintStyle';
import type { TimelineLayout } from './timelineLayout';
import type { TimelineTracks } from './timelineTracks';

/**
 * Repaints the milestone canvas whenever the frame, the highlight, the selection or the theme changes;
 * `axisLabels` while a gesture runs, when the canvas writes the axis labels too.
 */
export function usePaintTimeline(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  layout: TimelineLayout,
  tracks: TimelineTracks,
  axisLabels: boolean,
) {
  const highlight = useAppStore(selectHighlight);
  const selectedId = useAppStore((s) => s.selectedId);
  const concernId = useAppStore((s) => s.filters.concern);
  const index = useAppStore((s) => s.index);
  const presenting = useAppStore((s) => s.presentStep !== null);
  const styleVersion = useStyleVersion();
  // Reading computed styles forces a style pass, so it happens only when the look changed, not per zoom frame.
  const style = useRef<{ key: string; value: PaintStyle } | null>(null);
  const concern = useMemo(() => (concernId ? concernTouches(index, concernId) : null), [concernId, index]);

  const repaint = useRef<() => void>(() => undefined);

  // Painted before the browser paints, in the same frame as the SVG layers around it.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const svg = svgRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !svg || !ctx) return;
    const dpr = Math.min(window.devicePixelRatio || 1, 3);
    const w = Math.round(layout.width * dpr);
    const h = Math.round(layout.height * dpr);
    const resized = canvas.width !== w || canvas.height !== h;
    if (resized) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${layout.width}px`;
      canvas.style.height = `${layout.height}px`;
    }
    const key = `${presenting}:${styleVersion}`;
    const paint = () => {
      if (style.current?.key !== key) style.current = { key, value: readPaintStyle(svg) };
      const paintStyle = style.current.value;
      repaint.current = () => paintTimeline(ctx, layout, tracks, paintStyle, { highlight, selectedId, concern, axisLabels }, dpr);
      repaint.current();
    };
    if (!resized) return paint();
    // New buffers mean a large allocation, and on a page just mounted the style read forces a style pass over all
    // of it: both wait for the frame's own update, which still comes before that frame is painted, so the task
    // that committed the page stays shorter. Every other change paints at once. (Sizes change in commits run as
    // tasks, from a measurement or a mount; a commit inside a frame callback would show one blank frame.)
    const frame = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(frame);
  }, [canvasRef, svgRef, layout, tracks, highlight, selectedId, concern, presenting, styleVersion, axisLabels]);
}

/** Changes when the page's look changes outside the store: the theme switch, and printing. */
function useStyleVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    window.addEventListener('beforeprint', bump);
    window.addEventListener('afterprint', bump);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', bump);
      window.removeEventListener('afterprint', bump);
    };
  }, []);
  return version;
}
