import type { Roadmap } from './schema';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What a custom roadmap leaves out, said gently: it still draws, these are only worth knowing. */
export function customDatasetNotes(roadmap: Roadmap): string[] {
  const notes: string[] = [];
  const unsourced = roadmap.milestones.filter((m) => !m.sources?.length).length;
  const unsummarised = roadmap.milestones.filter((m) => !m.summary).length;
  if (unsourced) notes.push(`${count(unsourced, 'milestone has', 'milestones have')} no source.`);
  if (unsummarised) notes.push(`${count(unsummarised, 'milestone has', 'milestones have')} no summary.`);
  if (!roadmap.currentLevel && roadmap.levels.length) notes.push('The dataset does not say which level has been reached.');
  return notes;
}
