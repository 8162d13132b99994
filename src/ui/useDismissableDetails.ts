import { useEffect, type RefObject } from 'react';

/** A <details> popover that closes on a click outside it or on Escape, handing focus back to its summary. */
export function useDismissableDetails(ref: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onPointerDown = (event: PointerEvent) => {
      if (el.open && !el.contains(event.target as Node)) el.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && el.open) {
        // Escape closes the topmost layer only: the popover, not the selection.
        event.stopPropagation();
        el.open = false;
        el.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    el.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      el.removeEventListener('keydown', onKeyDown);
    };
  }, [ref]);
}
