import type { Roadmap } from './schema';

/** The timeline's lane for milestones of no initiative, named in links (`?hide=context`): no initiative may take it. */
export const CONTEXT_LANE = 'context';

/** A problem found after the schema passed: a dangling reference or a repeated id. */
export interface LinkProblem {
  path: string;
  message: string;
}

/**
 * Checks what a schema cannot: ids are unique across all node kinds and sources,
 * and every reference (levels, initiatives, concerns, sources) resolves.
 */
export function checkLinks(roadmap: Roadmap): LinkProblem[] {
  return linksAreSound(roadmap) ? [] : listLinkProblems(roadmap);
}

/**
 * The same checks as listLinkProblems, answered yes or no. A large dataset has hundreds of thousands of
 * references, almost always all fine: this pass writes no paths, so only a dataset with problems pays for them.
 */
export function linksAreSound(roadmap: Roadmap): boolean {
  const nodeIds = new Set<string>();
  let nodes = 0;
  for (const list of [roadmap.levels, roadmap.initiatives, roadmap.concerns, roadmap.milestones]) {
    for (const e of list) nodeIds.add(e.id);
    nodes += list.length;
  }
  const sourceIds = new Set(roadmap.sources.map((s) => s.id));
  if (nodeIds.size !== nodes || sourceIds.size !== roadmap.sources.length) return false;
  const levels = new Set(roadmap.levels.map((l) => l.id));
  const initiatives = new Set(roadmap.initiatives.map((n) => n.id));
  const concerns = new Set(roadmap.concerns.map((c) => c.id));
  if (initiatives.has(CONTEXT_LANE)) return false;

  const sourcesFound = (list: string[] | undefined) => {
    if (list) for (const s of list) if (!sourceIds.has(s)) return false;
    return true;
  };
  const entitySound = (e: { sources?: string[]; discrepancies?: { sources: string[] }[] }) => {
    if (!sourcesFound(e.sources)) return false;
    if (e.discrepancies) for (const d of e.discrepancies) if (!sourcesFound(d.sources)) return false;
    return true;
  };
  const levelLinksSound = (links: Roadmap['milestones'][number]['levels']) => {
    for (const l of links) if (!levels.has(l.levelId) || !sourcesFound(l.sources)) return false;
    return true;
  };

  for (const l of roadmap.levels) if (!entitySound(l)) return false;
  for (const c of roadmap.concerns) if (!entitySound(c)) return false;
  for (const n of roadmap.initiatives) {
    if (!entitySound(n) || !levelLinksSound(n.levels)) return false;
    for (const c of n.concerns) if (!concerns.has(c.concernId) || !sourcesFound(c.sources)) return false;
  }
  for (const m of roadmap.milestones) {
    if (!entitySound(m) || !levelLinksSound(m.levels)) return false;
    if (m.initiative !== null && !initiatives.has(m.initiative)) return false;
    if (m.concerns) for (const c of m.concerns) if (!concerns.has(c)) return false;
  }
  if (roadmap.tour) for (const step of roadmap.tour) if (!nodeIds.has(step.nodeId) || !sourcesFound(step.sources)) return false;
  const current = roadmap.currentLevel;
  if (current && (!levels.has(current.levelId) || !sourcesFound(current.sources))) return false;
  return new Set(roadmap.levels.map((l) => l.rank)).size === roadmap.levels.length;
}

/** Every link problem, each with the path where it is. */
export function listLinkProblems(roadmap: Roadmap): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const nodeIds = new Map<string, string>();
  const sourceIds = new Set<string>();

  const claim = (nodeId: string, path: string) => {
    const first = nodeIds.get(nodeId);
    if (first) problems.push({ path, message: `duplicate id "${nodeId}" (first used at ${first})` });
    else nodeIds.set(nodeId, path);
  };
  roadmap.levels.forEach((l, i) => claim(l.id, `levels[${i}].id`));
  roadmap.initiatives.forEach((n, i) => {
    if (n.id === CONTEXT_LANE) problems.push({ path: `initiatives[${i}].id`, message: `"${CONTEXT_LANE}" is the id of the timeline's context lane; choose another id for this initiative` });
    claim(n.id, `initiatives[${i}].id`);
  });
  roadmap.concerns.forEach((c, i) => claim(c.id, `concerns[${i}].id`));
  roadmap.milestones.forEach((m, i) => claim(m.id, `milestones[${i}].id`));
  roadmap.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.push({ path: `sources[${i}].id`, message: `duplicate source id "${s.id}"` });
    sourceIds.add(s.id);
  });

  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const levels = ids(roadmap.levels);
  const initiatives = ids(roadmap.initiatives);
  const concerns = ids(roadmap.concerns);

  const expect = (set: Set<string>, value: string, path: string, what: string) => {
    if (!set.has(value)) problems.push({ path, message: `unknown ${what} "${value}"` });
  };
  const expectSources = (list: string[] | undefined, path: string) =>
    list?.forEach((s, i) => expect(sourceIds, s, `${path}[${i}]`, 'source'));
  const checkEntity = (
    e: { sources?: string[]; discrepancies?: { sources: string[] }[] },
    path: string,
  ) => {
    expectSources(e.sources, `${path}.sources`);
    e.discrepancies?.forEach((d, i) => expectSources(d.sources, `${path}.discrepancies[${i}].sources`));
  };
  const checkLevelLinks = (links: Roadmap['milestones'][number]['levels'], path: string) =>
    links.forEach((l, i) => {
      expect(levels, l.levelId, `${path}.levels[${i}].levelId`, 'level');
      expectSources(l.sources, `${path}.levels[${i}].sources`);
    });

  roadmap.levels.forEach((l, i) => checkEntity(l, `levels[${i}]`));
  roadmap.concerns.forEach((c, i) => checkEntity(c, `concerns[${i}]`));
  roadmap.initiatives.forEach((n, i) => {
    const path = `initiatives[${i}]`;
    checkEntity(n, path);
    checkLevelLinks(n.levels, path);
    n.concerns.forEach((c, j) => {
      expect(concerns, c.concernId, `${path}.concerns[${j}].concernId`, 'concern');
      expectSources(c.sources, `${path}.concerns[${j}].sources`);
    });
  });
  roadmap.milestones.forEach((m, i) => {
    const path = `milestones[${i}]`;
    checkEntity(m, path);
    checkLevelLinks(m.levels, path);
    if (m.initiative !== null) expect(initiatives, m.initiative, `${path}.initiative`, 'initiative');
    m.concerns?.forEach((c, j) => expect(concerns, c, `${path}.concerns[${j}]`, 'concern'));
  });
  roadmap.tour?.forEach((step, i) => {
    if (!nodeIds.has(step.nodeId)) problems.push({ path: `tour[${i}].nodeId`, message: `unknown node "${step.nodeId}"` });
    expectSources(step.sources, `tour[${i}].sources`);
  });
  if (roadmap.currentLevel) {
    expect(levels, roadmap.currentLevel.levelId, 'currentLevel.levelId', 'level');
    expectSources(roadmap.currentLevel.sources, 'currentLevel.sources');
  }

  const ranks = roadmap.levels.map((l) => l.rank);
  if (new Set(ranks).size !== ranks.length) problems.push({ path: 'levels', message: 'level ranks must be unique' });
  return problems;
}
