import { useCallback, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { useAppStore } from '../state/AppStore';

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
      const id = (event.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id');
      if (!id) return;
      const next = navigate(id, event.key);
      if (!next) return;
      event.preventDefault();
      setActive(next);
      container.current?.querySelector<SVGElement>(`[data-node-id="${CSS.escape(next)}"]`)?.focus();
    },
    [container, navigate],
  );
  const onFocus = useCallback((event: FocusEvent) => {
    const id = (event.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id');
    if (id) setActive(id);
  }, []);
  return { tabStop, onKeyDown, onFocus };
}
