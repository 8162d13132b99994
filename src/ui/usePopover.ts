import { useCallback, useRef, useState, type KeyboardEvent, type ToggleEvent } from 'react';

/**
 * A toolbar popover on the platform's `popover` attribute: the browser closes it on an outside click or Escape and
 * hands focus back to its button. This adds whether it is open (to render its body only then) and keeps its
 * Escape from also clearing the selection behind it (`holderProps`, for the element around button and popover).
 */
export function usePopover<T extends HTMLElement = HTMLDivElement>() {
  const ref = useRef<T>(null);
  const [open, setOpen] = useState(false);
  const onToggle = useCallback((event: ToggleEvent<T>) => setOpen(event.newState === 'open'), []);
  // Escape closes the topmost layer only: an open popover, not the selection behind it (the page listens for Escape
  // too). Its button is outside it, so this goes on the element that holds both.
  const onKeyDown = useCallback((event: KeyboardEvent) => {
    if (event.key === 'Escape' && ref.current?.matches(':popover-open')) event.stopPropagation();
  }, []);
  const hide = useCallback(() => {
    if (ref.current?.matches(':popover-open')) ref.current.hidePopover();
  }, []);
  return { open, hide, props: { ref, popover: 'auto' as const, onToggle }, holderProps: { onKeyDown } };
}
