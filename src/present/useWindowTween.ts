import { useCallback, useEffect, useRef } from 'react';
import type { TimeWindow } from '../state/createAppStore';

const DURATION = 600;

// While a move runs, <html data-timeline-moving> says so: the end-to-end tests wait for it to end, not for a time.
const setMoving = (moving: boolean) => document.documentElement.toggleAttribute('data-timeline-moving', moving);

/**
 * Moves the timeline's window to a target over a short ease, frame by frame through `apply`;
 * under prefers-reduced-motion it jumps.
 */
export function useWindowTween(apply: (window: TimeWindow | null) => void) {
  const frame = useRef(0);
  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      setMoving(false);
    },
    [],
  );
  return useCallback(
    (from: TimeWindow, to: TimeWindow | null, opening: TimeWindow) => {
      cancelAnimationFrame(frame.current);
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      // No window (null) is the one the timeline opens on.
      const target = to ?? opening;
      if (reduce) {
        setMoving(false);
        return apply(to);
      }
      setMoving(true);
      const started = performance.now();
      const tick = (now: number) => {
        const t = Math.min(1, (now - started) / DURATION);
        const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
        if (t >= 1) {
          setMoving(false);
          return apply(to);
        }
        apply({ start: from.start + (target.start - from.start) * e, end: from.end + (target.end - from.end) * e });
        frame.current = requestAnimationFrame(tick);
      };
      frame.current = requestAnimationFrame(tick);
    },
    [apply],
  );
}
