import { createStore } from 'zustand/vanilla';
import type { Roadmap } from '../dataset/schema';
import { indexRoadmap, type RoadmapIndex } from '../dataset/indexRoadmap';

/** A visible span of the timeline in epoch milliseconds: dates, never pixels. */
export interface TimeWindow {
  start: number;
  end: number;
}

export const CONTEXT_LANE = 'context';

export interface Filters {
  /** Lane ids (initiative ids, or CONTEXT_LANE) that are hidden. */
  hiddenLanes: string[];
  /** An ethics concern whose nodes are highlighted, or null. */
  concern: string | null;
}

/** What a person chose, plus the data it is about. Everything else is derived in selectors. */
export interface ViewState {
  selectedId: string | null;
  /** null means the whole dataset is in view. */
  timeWindow: TimeWindow | null;
  filters: Filters;
}

export interface AppState extends ViewState {
  roadmap: Roadmap;
  index: RoadmapIndex;
  /** Injected so the today marker and tests are deterministic. */
  today: number;
  hoveredId: string | null;
  select: (id: string) => void;
  clearSelection: () => void;
  hover: (id: string | null) => void;
  setTimeWindow: (window: TimeWindow | null) => void;
  toggleLane: (laneId: string) => void;
  setConcernFilter: (concernId: string | null) => void;
  resetFilters: () => void;
}

export const DEFAULT_FILTERS: Filters = { hiddenLanes: [], concern: null };

export function createAppStore(roadmap: Roadmap, options: { today?: number; initial?: Partial<ViewState> } = {}) {
  const index = indexRoadmap(roadmap);
  const initial = options.initial ?? {};
  return createStore<AppState>()((set) => ({
    roadmap,
    index,
    today: options.today ?? Date.now(),
    selectedId: initial.selectedId && index.nodes.has(initial.selectedId) ? initial.selectedId : null,
    timeWindow: initial.timeWindow ?? null,
    filters: initial.filters ?? DEFAULT_FILTERS,
    hoveredId: null,
    select: (id) => set(index.nodes.has(id) ? { selectedId: id } : {}),
    clearSelection: () => set({ selectedId: null }),
    hover: (id) => set({ hoveredId: id }),
    setTimeWindow: (timeWindow) => set({ timeWindow }),
    toggleLane: (laneId) =>
      set((s) => {
        const hidden = s.filters.hiddenLanes;
        const hiddenLanes = hidden.includes(laneId) ? hidden.filter((l) => l !== laneId) : [...hidden, laneId];
        return { filters: { ...s.filters, hiddenLanes } };
      }),
    setConcernFilter: (concern) => set((s) => ({ filters: { ...s.filters, concern } })),
    resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
