import { useEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import type { TimeWindow } from '../state/createAppStore';
import { MIN_SPAN, panWindow, transformFromWindow, windowFromTransform } from './timeWindow';

interface TimeZoomOptions {
  full: TimeWindow;
  window: TimeWindow;
  /** The plot's horizontal pixel range; the zoom acts only along x. */
  left: number;
  right: number;
  height: number;
  onWindow: (window: TimeWindow) => void;
  /** True from the first move of a wheel, drag or pinch gesture until it ends. */
  onGesture?: (active: boolean) => void;
  /** A wheel turned without Ctrl or ⌘: the page scrolled past, and the person may have meant to zoom. */
  onPlainWheel?: () => void;
}

/** Whether a wheel event asks to zoom: Ctrl or ⌘ held, or a trackpad pinch (which the browser sends with ctrlKey). */
export const isZoomWheel = (e: WheelEvent) => e.ctrlKey || e.metaKey;

/**
 * d3-zoom's wheel step, except that a held Ctrl speeds up only a pinch's fine steps: Ctrl + a mouse wheel's
 * notch (about 100 pixels) would otherwise zoom fourfold at once.
 */
function wheelDelta(e: WheelEvent): number {
  const d = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002);
  return e.ctrlKey && e.deltaMode === 0 && Math.abs(e.deltaY) < 50 ? d * 10 : d;
}

/**
 * The only d3-zoom code: wheel, drag and pinch become a time window in the store,
 * and a window set elsewhere (buttons, the URL, later a tour) moves the zoom to match.
 * On touch screens one finger must still scroll the page, so d3-zoom only takes two-finger
 * gestures; a one-finger sideways drag pans through pointer events (the SVG has touch-action: pan-y,
 * so the browser keeps vertical swipes and hands us horizontal ones). Likewise a plain mouse wheel scrolls the
 * page (or an embedding page) past the chart; only Ctrl/⌘ + wheel and pinch zoom.
 */
export function useTimeZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  { full, window, left, right, height, onWindow, onGesture, onPlainWheel }: TimeZoomOptions,
) {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const onWindowRef = useRef(onWindow);
  const onGestureRef = useRef(onGesture);
  const onPlainWheelRef = useRef(onPlainWheel);
  const windowRef = useRef(window);
  useEffect(() => {
    onWindowRef.current = onWindow;
    onGestureRef.current = onGesture;
    onPlainWheelRef.current = onPlainWheel;
    windowRef.current = window;
  }, [onWindow, onGesture, onPlainWheel, window]);

  const plotWidth = Math.max(1, right - left);
  const maxK = Math.max(1, (full.end - full.start) / MIN_SPAN);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let gesturing = false;
    let lastMove = 0;
    let endTimer: ReturnType<typeof setTimeout> | undefined;
    const gesture = (active: boolean) => {
      clearTimeout(endTimer);
      if (active) lastMove = performance.now();
      if (gesturing === active) return;
      gesturing = active;
      onGestureRef.current?.(active);
    };
    // A wheel gesture ends 150 ms after its last tick, perhaps while a drag goes on: it ends only once moves stop.
    const wheelEnded = () => {
      const wait = lastMove + 60 - performance.now();
      if (wait > 0) endTimer = setTimeout(wheelEnded, wait);
      else gesture(false);
    };
    const z = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
        if (event.type === 'wheel') return isZoomWheel(event as WheelEvent);
        const e = event as MouseEvent;
        return !e.ctrlKey && !e.button;
      })
      .wheelDelta(wheelDelta)
      .scaleExtent([1, maxK])
      .extent([
        [left, 0],
        [right, height],
      ])
      .translateExtent([
        [left, 0],
        [right, height],
      ])
      .on('zoom', (event) => {
        // Programmatic moves carry no sourceEvent: the store already holds that window.
        if (!event.sourceEvent) return;
        gesture(true);
        const t = event.transform;
        onWindowRef.current(windowFromTransform({ k: t.k, x: t.x + left * (t.k - 1) }, full, plotWidth));
      })
      .on('end', (event: { sourceEvent: Event | null }) => {
        // A programmatic move (the store's window replayed into d3, as during a one-finger pan) ends no gesture.
        if (!event.sourceEvent) return;
        if (event.sourceEvent.type === 'wheel') wheelEnded();
        else gesture(false);
      });
    behaviour.current = z;
    const selection = select(svg);
    selection.call(z).on('dblclick.zoom', null);

    let drag: { id: number; x: number; window: TimeWindow } | null = null;
    const touches = new Set<number>();
    const onWheel = (e: WheelEvent) => {
      if (!isZoomWheel(e)) onPlainWheelRef.current?.();
    };
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      touches.add(e.pointerId);
      drag = touches.size === 1 ? { id: e.pointerId, x: e.clientX, window: windowRef.current } : null;
    };
    const onMove = (e: PointerEvent) => {
      if (!drag || e.pointerId !== drag.id || touches.size !== 1) return;
      const msPerPx = (drag.window.end - drag.window.start) / plotWidth;
      gesture(true);
      onWindowRef.current(panWindow(drag.window, -(e.clientX - drag.x) * msPerPx, full));
    };
    const onUp = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      if (drag?.id === e.pointerId) drag = null;
      if (touches.size === 0) gesture(false);
    };
    svg.addEventListener('wheel', onWheel, { passive: true });
    svg.addEventListener('pointerdown', onDown);
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerup', onUp);
    svg.addEventListener('pointercancel', onUp);
    return () => {
      selection.on('.zoom', null);
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
      svg.removeEventListener('pointercancel', onUp);
      behaviour.current = null;
      gesture(false);
    };
  }, [svgRef, full, left, right, height, plotWidth, maxK]);

  useEffect(() => {
    const svg = svgRef.current;
    const z = behaviour.current;
    if (!svg || !z) return;
    const target = transformFromWindow(window, full, plotWidth);
    const x = target.x - left * (target.k - 1);
    const now = zoomTransform(svg);
    if (Math.abs(now.k - target.k) < 1e-6 && Math.abs(now.x - x) < 0.5) return;
    select(svg).call(z.transform, zoomIdentity.translate(x, 0).scale(target.k));
  }, [svgRef, window, full, left, plotWidth]);
}
