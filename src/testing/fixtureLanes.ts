import { fixtureRoadmap } from './fixtureRoadmap';

/** The fixture roadmap's timeline lanes, its level ranks and the "today" its tests use, for the layout tests. */
export const fixtureLanes = [
  { id: 'codex', label: 'Codex', name: 'Codex', initiativeId: 'codex' },
  { id: 'sora', label: 'Sora', name: 'Sora', initiativeId: 'sora' },
  { id: 'context', label: 'Context', name: 'Context', initiativeId: null },
];
export const fixtureToday = Date.UTC(2026, 10, 24);
export const fixtureLevelRanks = new Map(fixtureRoadmap.levels.map((l) => [l.id, l.rank]));
