import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { focusIdOf } from '../ui/useRovingFocus';
import type { FocusTarget } from './timelineNavigation';

/**
 * Zooming can replace the focused target: a bin splits or merges, a mark joins a bin, a selected mark
 * drawn on its own goes when deselected. Focus then falls to the page; the target nearest in the same lane
 * takes it instead, so a keyboard user never loses their place.
 */
export function useKeepFocus(svgRef: RefObject<SVGSVGElement | null>, targets: readonly FocusTarget[]) {
  const last = useRef<FocusTarget | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onFocusIn = (event: FocusEvent) => {
      const id = focusIdOf(event.target);
      const el = (event.target as Element).closest('[data-node-id], [data-focus-id]');
      const box = el?.getBoundingClientRect();
      const svgBox = svg.getBoundingClientRect();
      const lane = el?.getAttribute('data-lane-id');
      last.current = id && box && lane ? { id, laneId: lane, x: box.left + box.width / 2 - svgBox.left, y: 0 } : null;
    };
    // Focus leaving on purpose forgets the place; an element removed under focus also fires focusout, but it is
    // gone once the event is over, and then the place is kept for the effect below.
    const onFocusOut = (event: FocusEvent) => {
      if (svg.contains(event.relatedTarget as Node | null)) return;
      const target = event.target as Element;
      queueMicrotask(() => {
        if (target.isConnected && last.current?.id === focusIdOf(target)) last.current = null;
      });
    };
    svg.addEventListener('focusin', onFocusIn);
    svg.addEventListener('focusout', onFocusOut);
    return () => {
      svg.removeEventListener('focusin', onFocusIn);
      svg.removeEventListener('focusout', onFocusOut);
    };
  }, [svgRef]);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const was = last.current;
    if (!svg || !was) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const sameLane = targets.filter((t) => t.laneId === was.laneId);
    const pool = sameLane.length ? sameLane : targets;
    const best = pool.reduce<FocusTarget | null>((b, t) => (!b || Math.abs(t.x - was.x) < Math.abs(b.x - was.x) ? t : b), null);
    if (!best) return;
    const id = CSS.escape(best.id);
    svg.querySelector<SVGElement>(`[data-node-id="${id}"], [data-focus-id="${id}"]`)?.focus();
  }, [svgRef, targets]);
}
