import { useEffect } from 'react';
import { useAppStoreApi } from '../state/AppStore';

/**
 * On narrow screens the details open as a bottom sheet over the charts; this scrolls the selected
 * mark into the strip above the sheet so the linked highlighting stays in sight.
 */
export function useRevealSelection() {
  const store = useAppStoreApi();
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (!s.selectedId || s.selectedId === prev.selectedId) return;
        if (!window.matchMedia('(max-width: 900px)').matches) return;
        const id = s.selectedId;
        requestAnimationFrame(() => {
          const mark = document.querySelector(`[data-node-id="${CSS.escape(id)}"]`);
          const sheet = document.querySelector('aside[aria-label="Details"]');
          if (!mark || !sheet) return;
          const r = mark.getBoundingClientRect();
          const sheetTop = sheet.getBoundingClientRect().top;
          if (r.top >= 8 && r.bottom <= sheetTop - 8) return;
          const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
          window.scrollBy({ top: r.top - Math.max(8, (sheetTop - r.height) / 2), behavior: reduce ? 'auto' : 'smooth' });
        });
      }),
    [store],
  );
}
