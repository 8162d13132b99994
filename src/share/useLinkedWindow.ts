import { useMemo } from 'react';
import { useAppStore } from '../state/AppStore';
import { linkedWindow } from '../timeline/selectionWindow';
import type { TimeWindow } from '../state/createAppStore';

/** The window a link to the current selection (or highlighted concern) opens on anyway, which links leave out. */
export function useLinkedWindow(): TimeWindow | null {
  const roadmap = useAppStore((s) => s.roadmap);
  const today = useAppStore((s) => s.today);
  const subject = useAppStore((s) => s.selectedId ?? s.filters.concern);
  return useMemo(() => linkedWindow(roadmap, subject, today), [roadmap, subject, today]);
}
