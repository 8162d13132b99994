import { useCallback, useMemo, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { useAppStoreApi } from '../state/AppStore';
import type { FocusChart } from '../state/createAppStore';
import type { RovingScope } from '../state/selectors';

/** A chart's focusable parts carry a node id, or a focus id when they stand for no node (a bin of marks). */
const FOCUSABLE = '[data-node-id], [data-focus-id]';
export const focusIdOf = (target: EventTarget | null): string | null => {
  const el = (target as Element | null)?.closest?.(FOCUSABLE);
  return el?.getAttribute('data-node-id') ?? el?.getAttribute('data-focus-id') ?? null;
};

/**
 * One Tab stop per chart (see selectTabStop). Arrow keys move focus with `navigate` (a pure function of the
 * layout); the focused mark's id goes to the store, so only the two marks that gain and lose the stop re-render.
 */
export function useRovingFocus(
  container: RefObject<Element | null>,
  chart: FocusChart,
  ids: readonly string[],
  navigate: (id: string, key: string) => string | null,
) {
  const store = useAppStoreApi();
  const scope = useMemo((): RovingScope => ({ chart, ids: new Set(ids), first: ids[0] ?? null }), [chart, ids]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const id = focusIdOf(event.target);
      if (!id) return;
      const next = navigate(id, event.key);
      if (!next) return;
      event.preventDefault();
      store.getState().focusMark(chart, next);
      const escaped = CSS.escape(next);
      container.current?.querySelector<SVGElement>(`[data-node-id="${escaped}"], [data-focus-id="${escaped}"]`)?.focus();
    },
    [store, chart, container, navigate],
  );
  const onFocus = useCallback(
    (event: FocusEvent) => {
      const id = focusIdOf(event.target);
      if (id) store.getState().focusMark(chart, id);
    },
    [store, chart],
  );
  return { scope, onKeyDown, onFocus };
}
