import { createStore } from 'zustand/vanilla';
import type { Confidence, Roadmap } from '../dataset/schema';
import { indexRoadmap, type RoadmapIndex } from '../dataset/indexRoadmap';

/** A visible span of the timeline in epoch milliseconds: dates, never pixels. */
export interface TimeWindow {
  start: number;
  end: number;
}

// The dataset's link check keeps initiatives off this id, so it lives with the dataset.
export { CONTEXT_LANE } from '../dataset/checkLinks';

export interface Filters {
  /** Lane ids (initiative ids, or CONTEXT_LANE) that are hidden. */
  hiddenLanes: string[];
  /** An ethics concern whose nodes are highlighted, or null. */
  concern: string | null;
  /** Search: the typed query, and the level reached and confidence its matches must have (absent means none). */
  query?: string;
  level?: string | null;
  confidence?: Confidence | null;
}

export type ActiveView = 'charts' | 'list';

/** The charts that each keep one Tab stop (roving tabindex). */
export type FocusChart = 'roadmap' | 'timeline';

/** What a person chose, plus the data it is about. Everything else is derived in selectors. */
export interface ViewState {
  selectedId: string | null;
  /** Charts, or the same data as an accessible outline. */
  view?: ActiveView;
  /** null means the whole dataset is in view. */
  timeWindow: TimeWindow | null;
  filters: Filters;
}

/** Presentation mode: the tour step on screen (0-based), and the two layers a presenter can raise. */
export interface PresentationState {
  presentStep: number | null;
  blank: boolean;
  audienceQr: boolean;
}

export interface AppState extends ViewState, PresentationState {
  roadmap: Roadmap;
  index: RoadmapIndex;
  /** Injected so the today marker and tests are deterministic. */
  today: number;
  hoveredId: string | null;
  /** Polite notes about what could not be used (an unknown id in a link, a step out of range); the app carries on. */
  notices: readonly string[];
  /** A link in the details panel was followed: the new node's heading takes focus once it shows (then this clears). */
  headingFocus: boolean;
  /** The mark each chart last had focus on: its Tab stop when nothing in it is selected. */
  focusedIds: Readonly<Partial<Record<FocusChart, string>>>;
  /**
   * The nodes the search and its filters match, or null when none is active. The search index loads after the
   * first paint, so its answer is kept here (written only by useSearchMatches) rather than derived by a selector.
   */
  searchMatches: ReadonlySet<string> | null;
  setSearch: (search: Pick<Filters, 'query' | 'level' | 'confidence'>) => void;
  setSearchMatches: (matches: ReadonlySet<string> | null) => void;
  select: (id: string) => void;
  /** Selects a node from a link in the details panel, asking for focus on its heading. */
  followLink: (id: string) => void;
  /** True once after followLink: the details that show the node focus their heading. */
  takeHeadingFocus: () => boolean;
  showNotices: (notices: readonly string[]) => void;
  dismissNotices: () => void;
  clearSelection: () => void;
  hover: (id: string | null) => void;
  focusMark: (chart: FocusChart, id: string) => void;
  setTimeWindow: (window: TimeWindow | null) => void;
  setView: (view: ActiveView) => void;
  toggleLane: (laneId: string) => void;
  setConcernFilter: (concernId: string | null) => void;
  resetFilters: () => void;
  /** Enters or moves within presentation mode; the step is clamped to the tour and selects its node. */
  present: (step: number) => void;
  stopPresenting: () => void;
  toggleBlank: () => void;
  toggleAudienceQr: () => void;
}

export const DEFAULT_FILTERS: Filters = { hiddenLanes: [], concern: null };

export function createAppStore(
  roadmap: Roadmap,
  options: { today?: number; initial?: Partial<ViewState>; presentStep?: number | null; index?: RoadmapIndex; notices?: readonly string[] } = {},
) {
  const index = options.index ?? indexRoadmap(roadmap);
  const initial = options.initial ?? {};
  const tour = roadmap.tour ?? [];
  const clampStep = (step: number) => Math.min(Math.max(0, Math.round(step)), tour.length - 1);
  const startStep = options.presentStep != null && tour.length ? clampStep(options.presentStep) : null;
  // A notice about the link that opened the page is moot once the person picks something else.
  const selecting = (s: AppState, id: string | null) => ({ selectedId: id, ...(id !== null && id !== s.selectedId ? { notices: [] } : {}) });
  return createStore<AppState>()((set, get) => ({
    roadmap,
    index,
    today: options.today ?? Date.now(),
    selectedId: startStep !== null ? (tour[startStep]?.nodeId ?? null) : initial.selectedId && index.nodes.has(initial.selectedId) ? initial.selectedId : null,
    presentStep: startStep,
    blank: false,
    audienceQr: false,
    timeWindow: initial.timeWindow ?? null,
    view: initial.view ?? 'charts',
    filters: initial.filters ?? DEFAULT_FILTERS,
    hoveredId: null,
    notices: options.notices ?? [],
    headingFocus: false,
    focusedIds: {},
    searchMatches: null,
    setSearch: (search) => set((s) => ({ filters: { ...s.filters, ...search } })),
    setSearchMatches: (searchMatches) => set({ searchMatches }),
    select: (id) => set((s) => (index.nodes.has(id) ? selecting(s, id) : {})),
    followLink: (id) => set((s) => (index.nodes.has(id) ? { ...selecting(s, id), headingFocus: true } : {})),
    takeHeadingFocus: () => {
      if (!get().headingFocus) return false;
      set({ headingFocus: false });
      return true;
    },
    showNotices: (notices) => set({ notices }),
    dismissNotices: () => set({ notices: [] }),
    clearSelection: () => set({ selectedId: null }),
    hover: (id) => set({ hoveredId: id }),
    focusMark: (chart, id) => set((s) => (s.focusedIds[chart] === id ? {} : { focusedIds: { ...s.focusedIds, [chart]: id } })),
    setTimeWindow: (timeWindow) => set({ timeWindow }),
    setView: (view) => set({ view }),
    toggleLane: (laneId) =>
      set((s) => {
        const hidden = s.filters.hiddenLanes;
        const hiddenLanes = hidden.includes(laneId) ? hidden.filter((l) => l !== laneId) : [...hidden, laneId];
        return { filters: { ...s.filters, hiddenLanes } };
      }),
    setConcernFilter: (concern) => set((s) => ({ filters: { ...s.filters, concern } })),
    resetFilters: () => set({ filters: DEFAULT_FILTERS }),
    present: (step) => {
      if (!tour.length) return;
      const presentStep = clampStep(step);
      const nodeId = tour[presentStep]?.nodeId;
      set((s) => ({ presentStep, ...selecting(s, nodeId && index.nodes.has(nodeId) ? nodeId : null) }));
    },
    stopPresenting: () => set({ presentStep: null, blank: false, audienceQr: false }),
    toggleBlank: () => set((s) => ({ blank: !s.blank })),
    toggleAudienceQr: () => set((s) => ({ audienceQr: !s.audienceQr })),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
