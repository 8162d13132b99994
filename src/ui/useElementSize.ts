import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Measures an element's content width, so charts can take their size as a plain prop. It is null until
 * the first measurement, taken in a layout effect before the first paint, so a chart is never laid out at a
 * guessed width first.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      setWidth((current) => (w > 0 ? w : (current ?? fallback)));
    };
    measure();
    // jsdom and very old browsers have no ResizeObserver: one measurement is the best they get.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
