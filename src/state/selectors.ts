import type { AppState, FocusChart } from './createAppStore';
import { CONTEXT_LANE } from './createAppStore';
import { neighboursOf, type RoadmapIndex, type RoadmapNode } from '../dataset/indexRoadmap';
import type { Roadmap } from '../dataset/schema';
import { tourSubject } from '../dataset/tourSubject';
import { currentLanguage, t } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

export type NodeState = 'focus' | 'related' | 'dimmed' | 'normal';

export interface Highlight {
  focusId: string | null;
  related: ReadonlySet<string>;
}

export interface Lane {
  id: string;
  label: string;
  name: string;
  initiativeId: string | null;
}

export const selectSelectedNode = (s: AppState): RoadmapNode | null => (s.selectedId ? (s.index.nodes.get(s.selectedId) ?? null) : null);
/** The node to label with a tooltip: hovered, unless the details panel already shows it (a tap both hovers and selects). */
export const selectTooltipNode = (s: AppState): RoadmapNode | null =>
  s.hoveredId && s.hoveredId !== s.selectedId ? (s.index.nodes.get(s.hoveredId) ?? null) : null;

/**
 * A search lights up its matches (the hovered or selected one in focus among them), except during a tour; otherwise
 * hover previews a node's links, otherwise the selection, otherwise the concern filter, decides.
 */
export const selectHighlight = (s: AppState): Highlight | null =>
  // A tour shows each step's node and its links, whatever was searched before it started.
  highlightFor(s.index, s.hoveredId ?? s.selectedId, s.filters.concern, s.presentStep === null ? s.searchMatches : null);

let lastHighlight: { index: RoadmapIndex; focus: string | null; concern: string | null; matches: ReadonlySet<string> | null; value: Highlight | null } | null =
  null;

function highlightFor(index: RoadmapIndex, focus: string | null, concern: string | null, matches: ReadonlySet<string> | null): Highlight | null {
  const last = lastHighlight;
  if (last && last.index === index && last.focus === focus && last.concern === concern && last.matches === matches) return last.value;
  let value: Highlight | null = null;
  if (matches) value = { focusId: focus, related: matches };
  else if (focus) value = { focusId: focus, related: neighboursOf(index, focus) };
  else if (concern) value = { focusId: null, related: new Set([concern, ...neighboursOf(index, concern)]) };
  lastHighlight = { index, focus, concern, matches, value };
  return value;
}

/** One string per node, so each mark re-renders only when its own state changes. */
export const selectNodeState =
  (id: string) =>
  (s: AppState): NodeState => {
    const h = selectHighlight(s);
    if (!h) return 'normal';
    if (h.focusId === id) return 'focus';
    return h.related.has(id) ? 'related' : 'dimmed';
  };

/** The marks one chart holds now (its layout's), and the first of them in reading order. */
export interface RovingScope {
  chart: FocusChart;
  ids: ReadonlySet<string>;
  first: string | null;
}

/** A chart's one Tab stop: the selected mark if it is in the chart, else the one last focused there, else the first. */
export const selectTabStop =
  ({ chart, ids, first }: RovingScope) =>
  (s: AppState): string | null => {
    if (s.selectedId !== null && ids.has(s.selectedId)) return s.selectedId;
    const focused = s.focusedIds[chart];
    return focused !== undefined && ids.has(focused) ? focused : first;
  };

const laneCache = new WeakMap<Roadmap, Map<string, Lane[]>>();

/**
 * The timeline's lanes in dataset order, the context lane last, hidden ones left out. The context lane's words are
 * the language's, so the cache is kept per language too.
 */
export const selectLanes = (s: AppState, language: Language = currentLanguage()): Lane[] => {
  const key = `${language}|${s.filters.hiddenLanes.join('|')}`;
  let byKey = laneCache.get(s.roadmap);
  if (!byKey) laneCache.set(s.roadmap, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const lanes = allLanes(s.roadmap).filter((l) => !s.filters.hiddenLanes.includes(l.id));
  byKey.set(key, lanes);
  return lanes;
};

/** Every lane of the timeline, the context lane last, named in the active language. */
export function allLanes(roadmap: Roadmap): Lane[] {
  return [
    ...roadmap.initiatives.map((n) => ({ id: n.id, label: n.shortName, name: n.name, initiativeId: n.id })),
    { id: CONTEXT_LANE, label: t('lane.context'), name: t('list.context'), initiativeId: null },
  ];
}

/** The levels an initiative advances, lowest first. */
export const selectLevelsOfInitiative = (s: AppState, initiativeId: string) => {
  const node = s.index.nodes.get(initiativeId);
  if (node?.kind !== 'initiative') return [];
  return node.entity.levels
    .map((l) => s.index.nodes.get(l.levelId))
    .filter((n): n is Extract<RoadmapNode, { kind: 'level' }> => n?.kind === 'level')
    .sort((a, b) => a.entity.rank - b.entity.rank);
};

/** True when the concern filter touches this node; shown as its own outline, whatever is selected. */
/** Whether a node is the concern itself or linked to it: the amber outline of the concern filter. */
export const concernTouches =
  (index: RoadmapIndex, concern: string) =>
  (id: string): boolean =>
    id === concern || neighboursOf(index, concern).has(id);

export const selectTouchedByConcern =
  (id: string) =>
  (s: AppState): boolean =>
    s.filters.concern !== null && concernTouches(s.index, s.filters.concern)(id);

const subjectCache = new WeakMap<Roadmap, Map<number, ReadonlySet<string>>>();
const NO_SUBJECT: ReadonlySet<string> = new Set();

/** The milestones the current tour step is about, which the timeline draws large and labels; none outside a tour. */
export const selectStepSubject = (s: AppState): ReadonlySet<string> => {
  const at = s.presentStep;
  const step = at === null ? undefined : s.roadmap.tour?.[at];
  if (at === null || !step) return NO_SUBJECT;
  let byStep = subjectCache.get(s.roadmap);
  if (!byStep) subjectCache.set(s.roadmap, (byStep = new Map()));
  let ids = byStep.get(at);
  if (!ids) {
    const subject = tourSubject(s.roadmap, step.nodeId);
    ids = subject.kind === 'level' ? NO_SUBJECT : new Set(subject.milestones.map((m) => m.id));
    byStep.set(at, ids);
  }
  return ids;
};

let lastLabelled: {
  index: RoadmapIndex;
  selected: string | null;
  concern: string | null;
  matches: ReadonlySet<string> | null;
  value: ReadonlySet<string> | null;
} | null = null;

/**
 * The nodes whose marks carry their titles whatever the room: the selection and its links, else a search's
 * matches, else the highlighted concern's; never a hover's (titles would jump about under the pointer) nor a tour's.
 */
export const selectLabelled = (s: AppState): ReadonlySet<string> | null => {
  if (s.presentStep !== null) return null;
  const last = lastLabelled;
  const { index, selectedId: selected, searchMatches: matches } = s;
  const concern = s.filters.concern;
  if (last && last.index === index && last.selected === selected && last.concern === concern && last.matches === matches) return last.value;
  let value: ReadonlySet<string> | null = null;
  if (selected) value = new Set([selected, ...neighboursOf(index, selected)]);
  else if (matches) value = matches;
  else if (concern) value = new Set([concern, ...neighboursOf(index, concern)]);
  lastLabelled = { index, selected, concern, matches, value };
  return value;
};
