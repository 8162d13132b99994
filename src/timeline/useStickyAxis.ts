import { useEffect, type RefObject } from 'react';

/**
 * While `enabled` (presenting, where the charts scroll inside their column), keeps the timeline's axis at the
 * top of whatever scrolls it, so a lane far down the chart still shows its dates. The axis reads the offset
 * from `--axis-shift`; an SVG group cannot be `position: sticky`.
 */
export function useStickyAxis(svgRef: RefObject<SVGSVGElement | null>, enabled: boolean, maxShift: number) {
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    if (!enabled) return void svg.style.removeProperty('--axis-shift');
    const update = (event?: Event) => {
      const scroller = event?.target instanceof Element ? event.target : svg.closest('.charts');
      if (!scroller?.contains(svg)) return;
      const shift = scroller.getBoundingClientRect().top - svg.getBoundingClientRect().top;
      svg.style.setProperty('--axis-shift', `${Math.round(Math.min(Math.max(0, shift), maxShift))}px`);
    };
    update();
    // Scroll events do not bubble, but a capturing listener hears every scroller's.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    return () => document.removeEventListener('scroll', update, { capture: true });
  }, [svgRef, enabled, maxShift]);
}
