import { useEffect } from 'react';
import { useAppStoreApi } from '../state/AppStore';

const narrow = () => window.matchMedia('(max-width: 900px)').matches;

/** Scrolls the mark into the strip above the sheet; false while the mark or the sheet is not drawn yet. */
function reveal(id: string, smooth: boolean): boolean {
  const mark = document.querySelector(`[data-node-id="${CSS.escape(id)}"]`);
  const sheet = document.querySelector('.details-panel.is-open');
  if (!mark || !sheet) return false;
  const r = mark.getBoundingClientRect();
  const sheetTop = sheet.getBoundingClientRect().top;
  if (r.top >= 8 && r.bottom <= sheetTop - 8) return true;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: r.top - Math.max(8, (sheetTop - r.height) / 2), behavior: smooth && !reduce ? 'smooth' : 'auto' });
  return true;
}

/**
 * On narrow screens the details open as a bottom sheet over the charts; this scrolls the selected
 * mark into the strip above the sheet so the linked highlighting stays in sight, for a deep link too.
 */
export function useRevealSelection() {
  const store = useAppStoreApi();
  useEffect(() => {
    // A deep link's node is selected before the charts know their width: wait (a second at most) for its mark.
    let frame = 0;
    let tries = 60;
    const first = store.getState().selectedId;
    const atStart = () => {
      if (store.getState().selectedId !== first || !first || !narrow()) return;
      if (!reveal(first, false) && --tries > 0) frame = requestAnimationFrame(atStart);
    };
    frame = requestAnimationFrame(atStart);
    const unsubscribe = store.subscribe((s, prev) => {
      if (!s.selectedId || s.selectedId === prev.selectedId || !narrow()) return;
      const id = s.selectedId;
      requestAnimationFrame(() => reveal(id, true));
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [store]);
}
