import { useEffect, useState } from 'react';
import { presentationAction } from './tour';

/** How long the presenter's controls stay after the last pointer movement, focus change or key. */
export const IDLE_MS = 3000;

/**
 * True once `ms` pass with no pointer movement, no focus change and no key but the tour's own (a clicker stepping
 * through the talk keeps the controls away); any of those makes it false again. Always false when not `enabled`.
 */
export function useIdle(enabled: boolean, ms = IDLE_MS): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let timer = 0;
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!presentationAction(event.key)) wake();
    };
    const events = ['pointermove', 'pointerdown', 'focusin'] as const;
    events.forEach((type) => window.addEventListener(type, wake, { passive: true }));
    window.addEventListener('keydown', onKey, true);
    timer = window.setTimeout(() => setIdle(true), ms);
    return () => {
      setIdle(false);
      window.clearTimeout(timer);
      events.forEach((type) => window.removeEventListener(type, wake));
      window.removeEventListener('keydown', onKey, true);
    };
  }, [enabled, ms]);
  return enabled && idle;
}
