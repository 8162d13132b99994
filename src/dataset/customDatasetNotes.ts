import { t } from '../i18n/i18n';
import type { Roadmap } from './schema';

/** What a custom roadmap leaves out, said gently: it still draws, these are only worth knowing. */
export function customDatasetNotes(roadmap: Roadmap): string[] {
  const notes: string[] = [];
  const unsourced = roadmap.milestones.filter((m) => !m.sources?.length).length;
  const unsummarised = roadmap.milestones.filter((m) => !m.summary).length;
  if (unsourced) notes.push(t('dataset.noteUnsourced', { count: unsourced }));
  if (unsummarised) notes.push(t('dataset.noteUnsummarised', { count: unsummarised }));
  if (!roadmap.currentLevel && roadmap.levels.length) notes.push(t('dataset.noteNoCurrentLevel'));
  return notes;
}
