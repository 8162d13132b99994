import { useRef, type PointerEvent } from 'react';
import { useT } from '../i18n/useT';

// How far a drag must go, in CSS pixels, before it counts: less is a tap, which toggles.
const DRAG = 40;

/**
 * The phone sheet's grip: drag it up to give the details the whole screen, down to shrink it and then to close it.
 * It is a button too, so a tap, Enter or Space toggles the height, and its state is announced.
 */
export function SheetHandle({ expanded, onExpand, onClose }: { expanded: boolean; onExpand: (expanded: boolean) => void; onClose: () => void }) {
  const t = useT();
  const start = useRef<number | null>(null);
  const dragged = useRef(false);
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    start.current = event.clientY;
    dragged.current = false;
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    if (start.current === null) return;
    const dy = event.clientY - start.current;
    start.current = null;
    if (Math.abs(dy) < DRAG) return;
    dragged.current = true;
    if (dy < 0) onExpand(true);
    else if (expanded) onExpand(false);
    else onClose();
  };
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t('panel.sheetHandle')}
      aria-expanded={expanded}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (start.current = null)}
      onClick={() => {
        // A drag ends in a click as well; it has done its work already.
        if (dragged.current) dragged.current = false;
        else onExpand(!expanded);
      }}
    >
      <span aria-hidden="true" />
    </button>
  );
}
