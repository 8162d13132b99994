import { t, type MessageId } from '../i18n/i18n';
import type { Roadmap } from './schema';

/** The timeline's lane for milestones of no initiative, named in links (`?hide=context`): no initiative may take it. */
export const CONTEXT_LANE = 'context';

/**
 * A problem found after the schema passed, at its JSON path as keys: `['milestones', 3, 'sources', 0]`. The message
 * says what is wrong with the value there, which the reader sees just before it (see formatProblem).
 */
export interface LinkProblem {
  path: PropertyKey[];
  message: string;
}

type Path = readonly PropertyKey[];

const NOT_AN_ID: Record<'level' | 'initiative' | 'concern', MessageId> = {
  level: 'dataset.link.notLevel',
  initiative: 'dataset.link.notInitiative',
  concern: 'dataset.link.notConcern',
};

/**
 * Checks what a schema cannot: ids are unique across all node kinds and sources, and every reference (levels,
 * initiatives, concerns, sources, tour nodes) resolves. A large dataset has hundreds of thousands of references,
 * almost always sound, so a path is put together only for a reference that is broken.
 */
export function checkLinks(roadmap: Roadmap): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const fail = (path: Path, message: string) => problems.push({ path: [...path], message });

  const nodeIds = new Map<string, Path>();
  const claim = (list: 'levels' | 'initiatives' | 'concerns' | 'milestones', entries: readonly { id: string }[]) =>
    entries.forEach((e, i) => {
      const first = nodeIds.get(e.id);
      if (first) fail([list, i, 'id'], t('dataset.link.duplicateId', { first: formatJsonPath(first) }));
      else nodeIds.set(e.id, [list, i, 'id']);
    });
  claim('levels', roadmap.levels);
  claim('initiatives', roadmap.initiatives);
  claim('concerns', roadmap.concerns);
  claim('milestones', roadmap.milestones);
  roadmap.initiatives.forEach((n, i) => {
    if (n.id === CONTEXT_LANE) fail(['initiatives', i, 'id'], t('dataset.link.contextLane'));
  });
  const sourceIds = new Set<string>();
  roadmap.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) fail(['sources', i, 'id'], t('dataset.link.duplicateSource'));
    sourceIds.add(s.id);
  });

  const idsOf = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const levels = idsOf(roadmap.levels);
  const initiatives = idsOf(roadmap.initiatives);
  const concerns = idsOf(roadmap.concerns);

  const expect = (known: ReadonlySet<string>, value: string, path: () => Path, what: 'level' | 'initiative' | 'concern') => {
    if (!known.has(value)) fail(path(), t(NOT_AN_ID[what]));
  };
  const expectSources = (list: readonly string[] | undefined, path: () => Path) => {
    if (list) for (let j = 0; j < list.length; j++) if (!sourceIds.has(list[j]!)) fail([...path(), j], t('dataset.link.notSource'));
  };
  const checkEntity = (e: { sources?: string[]; discrepancies?: { sources: string[] }[] }, path: () => Path) => {
    expectSources(e.sources, () => [...path(), 'sources']);
    e.discrepancies?.forEach((d, k) => expectSources(d.sources, () => [...path(), 'discrepancies', k, 'sources']));
  };
  const checkLevelLinks = (links: Roadmap['milestones'][number]['levels'], path: () => Path) =>
    links.forEach((l, k) => {
      expect(levels, l.levelId, () => [...path(), 'levels', k, 'levelId'], 'level');
      expectSources(l.sources, () => [...path(), 'levels', k, 'sources']);
    });

  roadmap.levels.forEach((l, i) => checkEntity(l, () => ['levels', i]));
  roadmap.concerns.forEach((c, i) => checkEntity(c, () => ['concerns', i]));
  roadmap.initiatives.forEach((n, i) => {
    const path = () => ['initiatives', i];
    checkEntity(n, path);
    checkLevelLinks(n.levels, path);
    n.concerns.forEach((c, j) => {
      expect(concerns, c.concernId, () => ['initiatives', i, 'concerns', j, 'concernId'], 'concern');
      expectSources(c.sources, () => ['initiatives', i, 'concerns', j, 'sources']);
    });
  });
  roadmap.milestones.forEach((m, i) => {
    const path = () => ['milestones', i];
    checkEntity(m, path);
    checkLevelLinks(m.levels, path);
    if (m.initiative !== null) expect(initiatives, m.initiative, () => ['milestones', i, 'initiative'], 'initiative');
    m.concerns?.forEach((c, j) => expect(concerns, c, () => ['milestones', i, 'concerns', j], 'concern'));
  });
  roadmap.tour?.forEach((step, i) => {
    if (!nodeIds.has(step.nodeId)) fail(['tour', i, 'nodeId'], t('dataset.link.notNode'));
    expectSources(step.sources, () => ['tour', i, 'sources']);
  });
  if (roadmap.currentLevel) {
    expect(levels, roadmap.currentLevel.levelId, () => ['currentLevel', 'levelId'], 'level');
    expectSources(roadmap.currentLevel.sources, () => ['currentLevel', 'sources']);
  }

  for (const [language, translation] of Object.entries(roadmap.translations ?? {})) {
    for (const nodeId of Object.keys(translation.nodes ?? {}))
      if (!nodeIds.has(nodeId)) fail(['translations', language, 'nodes', nodeId], t('dataset.link.unknownNode', { id: nodeId }));
    const steps = roadmap.tour?.length ?? 0;
    if ((translation.tour?.length ?? 0) > steps)
      fail(['translations', language, 'tour'], t('dataset.link.longTour', { count: translation.tour!.length, steps }));
  }

  const ranks = new Map<number, number>();
  roadmap.levels.forEach((l, i) => {
    const first = ranks.get(l.rank);
    if (first !== undefined) fail(['levels', i, 'rank'], t('dataset.link.rankTaken', { first: `levels[${first}]` }));
    else ranks.set(l.rank, i);
  });
  return problems;
}

/** Joins a path the way people read JSON: `milestones[3].date`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
