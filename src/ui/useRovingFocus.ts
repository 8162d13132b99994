import { useCallback, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { useAppStore } from '../state/AppStore';

/** A chart's focusable parts carry a node id, or a focus id when they stand for no node (a bin of marks). */
const FOCUSABLE = '[data-node-id], [data-focus-id]';
export const focusIdOf = (target: EventTarget | null): string | null => {
  const el = (target as Element | null)?.closest?.(FOCUSABLE);
  return el?.getAttribute('data-node-id') ?? el?.getAttribute('data-focus-id') ?? null;
};

/**
 * One Tab stop per chart: the selected mark if it is in the chart, else the last one focused, else the
 * first. Arrow keys move focus with `navigate` (a pure function of the layout).
 */
export function useRovingFocus(container: RefObject<Element | null>, ids: readonly string[], navigate: (id: string, key: string) => string | null) {
  const selected = useAppStore((s) => s.selectedId);
  const [active, setActive] = useState<string | null>(null);
  const tabStop = selected && ids.includes(selected) ? selected : active && ids.includes(active) ? active : (ids[0] ?? null);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const id = focusIdOf(event.target);
      if (!id) return;
      const next = navigate(id, event.key);
      if (!next) return;
      event.preventDefault();
      setActive(next);
      const escaped = CSS.escape(next);
      container.current?.querySelector<SVGElement>(`[data-node-id="${escaped}"], [data-focus-id="${escaped}"]`)?.focus();
    },
    [container, navigate],
  );
  const onFocus = useCallback((event: FocusEvent) => {
    const id = focusIdOf(event.target);
    if (id) setActive(id);
  }, []);
  return { tabStop, onKeyDown, onFocus };
}
